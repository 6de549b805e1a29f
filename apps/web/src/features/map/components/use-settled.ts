import { useEffect, useState } from "react";

/**
 * `value` once it has stopped changing for `ms` (changes compared by `key`); the first value at once.
 * Lets expensive work (redrawing the id raster at a new zoom) wait for a gesture to end.
 */
export function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
  }, [key, value, ms, settled.key]);
  return settled.value;
}
