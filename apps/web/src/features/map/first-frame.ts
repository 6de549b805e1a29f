import type { QueryClient } from "@tanstack/react-query";
import { parseRoute } from "../../lib/router.js";
import { statusTimelineQuery } from "../../lib/use-status-timeline.js";
import { atlasQuery } from "./atlas.js";
import { fetchBaked } from "./baked-raster.js";

/** How long the app's first render waits for the map's data at most: past it, the map's placeholder shows. */
const WAIT_MS = 400;

/**
 * Before the app's first render on a map page: the timeline, the parsed geometry and the baked id raster (all
 * preloaded by the HTML) are put in hand, so the first render draws the map itself, painted in the same frame,
 * instead of a placeholder frame and then the map. Other pages do not wait.
 */
export function mapDataFirst(client: QueryClient): Promise<void> {
  const route = parseRoute(window.location.pathname);
  if (route.page !== "map" && !(route.page === "embed" && route.view === "map")) return Promise.resolve();
  const data = Promise.all([client.prefetchQuery(statusTimelineQuery()), client.prefetchQuery(atlasQuery), fetchBaked()]);
  return Promise.race([data.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS))]);
}
