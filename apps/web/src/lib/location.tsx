import { todayIso } from "@scomm/core";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { parseRoute, routePath, type Route } from "./router.js";
import { parseViewState, viewStateSearch, type ViewState } from "./view-state.js";

/**
 * How a change reaches the browser history: "push" for a discrete action (back returns to the view
 * before it), "replace" for continuous ones such as dragging the slider (written once it rests).
 */
export type HistoryMode = "push" | "replace";

interface LocationState {
  route: Route;
  view: ViewState;
}

interface LocationApi extends LocationState {
  setView: (next: Partial<ViewState>, mode?: HistoryMode) => void;
  navigate: (route: Route, next?: Partial<ViewState>) => void;
}

const LocationContext = createContext<LocationApi | null>(null);
/** Browsers throttle floods of replaceState (Chromium: 200 per 10 s), so slider moves are written once they settle. */
const SETTLE_MS = 120;

function readLocation(): LocationState {
  return { route: parseRoute(window.location.pathname), view: parseViewState(window.location.search, todayIso()) };
}

function urlOf({ route, view }: LocationState): string {
  return routePath(route) + viewStateSearch(view);
}

/** The one owner of the URL: the page in the path, the view in the query string. */
export function LocationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(readLocation);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback((next: LocationState, mode: HistoryMode) => {
    if (pending.current) clearTimeout(pending.current);
    const url = urlOf(next);
    if (mode === "push") {
      if (url !== window.location.pathname + window.location.search) window.history.pushState(null, "", url);
      return;
    }
    pending.current = setTimeout(() => window.history.replaceState(null, "", url), SETTLE_MS);
  }, []);

  useEffect(() => {
    const onPop = () => setState(readLocation());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const setView = useCallback(
    (next: Partial<ViewState>, mode: HistoryMode = "replace") =>
      setState((current) => {
        const updated = { ...current, view: { ...current.view, ...next } };
        write(updated, mode);
        return updated;
      }),
    [write],
  );

  const navigate = useCallback(
    (route: Route, next: Partial<ViewState> = {}) =>
      setState((current) => {
        const updated = { route, view: { ...current.view, ...next } };
        write(updated, "push");
        window.scrollTo?.(0, 0);
        return updated;
      }),
    [write],
  );

  const api = useMemo(() => ({ ...state, setView, navigate }), [state, setView, navigate]);
  return <LocationContext.Provider value={api}>{children}</LocationContext.Provider>;
}

export function useLocationState(): LocationApi {
  const api = useContext(LocationContext);
  if (!api) throw new Error("useLocationState needs a LocationProvider");
  return api;
}

/** The view held in the URL and its setter. */
export function useViewState(): [ViewState, LocationApi["setView"]] {
  const { view, setView } = useLocationState();
  return [view, setView];
}
