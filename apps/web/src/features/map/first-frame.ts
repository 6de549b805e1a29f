import type { QueryClient } from "@tanstack/react-query";
import { parseRoute } from "../../lib/router.js";
import { type createApiClient, trpcOptions } from "../../lib/trpc.js";
import { federalEventsQuery } from "../../lib/use-events.js";
import { statusTimelineQuery } from "../../lib/use-status-timeline.js";
import { lastActivationQuery } from "../timeline/components/use-milestones.js";
import { atlasQuery } from "./atlas.js";
import { fetchBaked } from "./baked-raster.js";
import { stateNamesQuery } from "./components/map-figure.js";

/** How long the app's first render waits for the map's data at most: past it, the map's placeholder shows. */
const WAIT_MS = 400;

/**
 * Before the app's first render on a map page: the timeline, the parsed geometry and the baked id raster (all
 * preloaded by the HTML), and the one api batch the first screen shows (the milestones, the states' names for
 * the labels), are put in hand, so the first render draws the whole map view, painted in the same frame,
 * instead of a placeholder frame, then the map, then its labels and milestones. Other pages do not wait.
 */
export function mapDataFirst(client: QueryClient, api: ReturnType<typeof createApiClient>): Promise<void> {
  const route = parseRoute(window.location.pathname);
  if (route.page !== "map" && !(route.page === "embed" && route.view === "map")) return Promise.resolve();
  const trpc = trpcOptions(api, client);
  const data = Promise.all([
    client.prefetchQuery(statusTimelineQuery()),
    client.prefetchQuery(atlasQuery),
    fetchBaked(),
    client.prefetchQuery(federalEventsQuery(api)),
    client.prefetchQuery(lastActivationQuery(trpc)),
    client.prefetchQuery(stateNamesQuery(trpc)),
  ]);
  // A failure here only means the first render does not wait: the map then asks again and says what failed.
  const settled = data.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS))]);
}
