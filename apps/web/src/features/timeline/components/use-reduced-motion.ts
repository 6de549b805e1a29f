import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

/** One query list for the page: read on every render, so it must not be made again each time. */
let media: MediaQueryList | null | undefined;
const reducedMotion = (): MediaQueryList | null => (media ??= typeof window === "undefined" ? null : (window.matchMedia?.(QUERY) ?? null));

function subscribe(onChange: () => void): () => void {
  reducedMotion()?.addEventListener("change", onChange);
  return () => reducedMotion()?.removeEventListener("change", onChange);
}

/** Whether the reader asked the system for reduced motion (then the timeline steps instead of animating). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => reducedMotion()?.matches ?? false,
    () => false,
  );
}
