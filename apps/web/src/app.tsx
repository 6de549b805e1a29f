import { useEffect } from "react";
import { SiteHeader } from "./components/site-header.js";
import { AboutPage } from "./features/about/components/about-page.js";
import { CuratorRoute } from "./features/curator/components/curator-route.js";
import { ChangesRoute } from "./features/changes/components/changes-route.js";
import { EmbedRoute } from "./features/embed/components/embed-route.js";
import { JurisdictionRoute } from "./features/jurisdiction/components/jurisdiction-route.js";
import { MapPage } from "./features/map/components/map-page.js";
import { NotFoundPage } from "./features/not-found/components/not-found-page.js";
import { TableRoute } from "./features/table/components/table-route.js";
import { TrendsRoute } from "./features/trends/components/trends-route.js";
import { useLang, useRoute } from "./lib/location.js";

/** One page per route; everything else on screen comes from the URL's query string. */
export function App() {
  const route = useRoute();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (route.page === "embed") return <EmbedRoute view={route.view} />;
  return (
    <div className="app">
      <SiteHeader />
      {route.page === "map" ? (
        <MapPage />
      ) : route.page === "trends" ? (
        <TrendsRoute />
      ) : route.page === "changes" ? (
        <ChangesRoute />
      ) : route.page === "table" ? (
        <TableRoute />
      ) : route.page === "about" ? (
        <AboutPage />
      ) : route.page === "jurisdiction" ? (
        <JurisdictionRoute id={route.id} />
      ) : route.page === "curator" ? (
        <CuratorRoute screen={route.screen} />
      ) : (
        <NotFoundPage reason="path" typed={route.path} />
      )}
    </div>
  );
}
