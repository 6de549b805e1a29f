import { useEffect } from "react";
import { SiteHeader } from "./components/site-header.js";
import { MapPage } from "./features/map/components/map-page.js";
import { useLocationState } from "./lib/location.js";

/** One page per route; everything else on screen comes from the URL's query string. */
export function App() {
  const { route, view } = useLocationState();
  useEffect(() => {
    document.documentElement.lang = view.lang;
  }, [view.lang]);
  return (
    <div className="app">
      <SiteHeader />
      {route.page === "map" ? <MapPage /> : <p className="page-pending">{route.page}</p>}
    </div>
  );
}
