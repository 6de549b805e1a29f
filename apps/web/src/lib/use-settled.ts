import { useEffect, useState } from "react";

/** How long a dragged date must rest before a page asks the server about it. */
export const ASK_AFTER_MS = 250;

/**
 * The one settle (debounce) hook: `value` once it has stopped changing for `ms`, the first value at once.
 * Changes are told apart by `key` (the value itself unless given), so a new object meaning the same (a zoom)
 * does not restart the wait. A dozen lines of our own rather than a dependency, for that key.
 */
export function useSettled<T>(value: T, ms: number, key: unknown = value): T {
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (Object.is(key, settled.key)) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
  }, [key, value, ms, settled.key]);
  return settled.value;
}
