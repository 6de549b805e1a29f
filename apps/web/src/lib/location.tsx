import { todayIso, type Lang } from "@scomm/core";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { parseRoute, routePath, type Route } from "./router.js";
import { useSettled } from "./use-settled.js";
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
/**
 * Slower tiers of the same state, so a slider step re-renders only what shows the date: the page (route), the
 * language, and the view as the URL last settled (what links and the search carry).
 */
const RouteContext = createContext<Route | null>(null);
const LangContext = createContext<Lang>("en");
const SettledContext = createContext<LocationApi | null>(null);
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
  const settled = useSettledState(state);
  const settledApi = useMemo(() => ({ ...settled, setView, navigate }), [settled, setView, navigate]);
  return (
    <LocationContext.Provider value={api}>
      <RouteContext.Provider value={settled.route}>
        <LangContext.Provider value={state.view.lang}>
          <SettledContext.Provider value={settledApi}>{children}</SettledContext.Provider>
        </LangContext.Provider>
      </RouteContext.Provider>
    </LocationContext.Provider>
  );
}

/** The state once it has rested for SETTLE_MS (a new page at once): links and the search follow it, not each step. */
function useSettledState(state: LocationState): LocationState {
  const settled = useSettled(state, SETTLE_MS);
  return settled.route === state.route ? settled : state;
}

export function useLocationState(): LocationApi {
  const api = useContext(LocationContext);
  if (!api) throw new Error("useLocationState needs a LocationProvider");
  return api;
}

/** The page on screen. */
export function useRoute(): Route {
  const route = useContext(RouteContext);
  if (!route) throw new Error("useRoute needs a LocationProvider");
  return route;
}

/** The interface language: changes re-render its readers, slider steps do not. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The location as it last rested (date and zoom lag a moving slider by SETTLE_MS), with the setters. */
export function useSettledLocation(): LocationApi {
  const api = useContext(SettledContext);
  if (!api) throw new Error("useSettledLocation needs a LocationProvider");
  return api;
}

/** The view held in the URL and its setter. */
export function useViewState(): [ViewState, LocationApi["setView"]] {
  const { view, setView } = useLocationState();
  return [view, setView];
}
