import { todayIso } from "@scomm/core";
import { useCallback, useEffect, useState } from "react";
import { mapQueryString, parseMapQuery, type MapQuery } from "./map-query.js";

const URL_SETTLE_MS = 120;

/** The map's date and level, held in the URL (`?date=…&level=…`) so a reload or a shared link restores them. */
export function useMapQuery(): [MapQuery, (next: Partial<MapQuery>) => void] {
  const [query, setQuery] = useState(() => parseMapQuery(window.location.search, todayIso()));

  // Written once the slider rests: browsers throttle floods of replaceState (Chromium: 200 per 10 s).
  useEffect(() => {
    const timer = setTimeout(() => {
      const search = mapQueryString(query, window.location.search);
      if (search !== window.location.search) window.history.replaceState(window.history.state, "", search);
    }, URL_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    const onPop = () => setQuery(parseMapQuery(window.location.search, todayIso()));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((next: Partial<MapQuery>) => setQuery((current) => ({ ...current, ...next })), []);
  return [query, update];
}
