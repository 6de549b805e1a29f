import { queryOptions, useQuery, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { fromWire, type StatusTimeline, type TimelineWire } from "@scomm/core";

const TIMELINE_PATH = "/api/timeline.json";
const TIMELINE_KEY = ["status-timeline"] as const;
/** How often an open page asks whether the record changed (one conditional request: 304 while it has not). */
const RECORD_CHECK_MS = 60_000;

/** Each timeline the page holds, with the ETag it came with: the next request sends it back. */
const etags = new WeakMap<StatusTimeline, string>();

/**
 * The compact status timeline the api precomputes; statuses at any date are read from it in the browser. The
 * first request is exactly the one index.html preloads (same URL, no header of ours), so it takes that response.
 * Later ones send the ETag: on 304 the timeline already held is returned, the very same object, so nothing that
 * draws from it renders again. The ETag names the whole published record (api timeline-cache.ts), so a 200
 * means a publish happened: the other queries that read the record are marked stale and fetched again.
 */
async function fetchStatusTimeline(client: QueryClient): Promise<StatusTimeline> {
  const held = client.getQueryData<StatusTimeline>(TIMELINE_KEY);
  const etag = held && etags.get(held);
  const response = await fetch(TIMELINE_PATH, etag ? { headers: { "If-None-Match": etag } } : undefined);
  if (response.status === 304 && held) return held;
  if (!response.ok) throw new Error(`status timeline: HTTP ${response.status}`);
  const timeline = fromWire((await response.json()) as TimelineWire);
  const newEtag = response.headers.get("ETag");
  if (newEtag) etags.set(timeline, newEtag);
  if (held) void client.invalidateQueries({ predicate: ({ queryKey }) => readsTheRecord(queryKey) });
  return timeline;
}

/** Queries whose answers come from the published record: every api query but the timeline itself. */
const NOT_THE_RECORD = new Set<unknown>([TIMELINE_KEY[0], "atlas", "export-fonts"]);
function readsTheRecord(queryKey: QueryKey): boolean {
  return !NOT_THE_RECORD.has(queryKey[0]);
}

/**
 * One fetch per session, shared by every page, then a conditional one every RECORD_CHECK_MS while the page is
 * visible and whenever it comes back into view, so an open map shows a publish without a reload. Those who draw
 * are told of new data and errors only, not of each check (`notifyOnChangeProps`): a 304 renders nothing.
 */
export function statusTimelineQuery(enabled = true) {
  return queryOptions({
    queryKey: TIMELINE_KEY,
    queryFn: ({ client }) => fetchStatusTimeline(client),
    enabled,
    refetchInterval: RECORD_CHECK_MS,
    refetchOnWindowFocus: "always",
    refetchOnReconnect: "always",
    notifyOnChangeProps: ["data", "error", "status"],
    // The object fetched is the one kept (its ETag is looked up by it); a 304 already returns the one held.
    structuralSharing: false,
  });
}

/** The status timeline; `enabled` false waits (the search box asks on first focus). */
export function useStatusTimeline(enabled = true) {
  return useQuery(statusTimelineQuery(enabled));
}
