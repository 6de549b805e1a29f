import { useEffect, useState } from "react";

/** `value` once it has stopped changing for `ms`: a dragged slider asks the server once it rests. */
export function useSettledValue<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
