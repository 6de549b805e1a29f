import { useQuery } from "@tanstack/react-query";
import { fromWire, type StatusTimeline, type TimelineWire } from "@scomm/core";

/** The compact status timeline the api precomputes; statuses at any date are read from it in the browser. */
async function fetchStatusTimeline(): Promise<StatusTimeline> {
  const response = await fetch("/api/timeline.json");
  if (!response.ok) throw new Error(`status timeline: HTTP ${response.status}`);
  return fromWire((await response.json()) as TimelineWire);
}

/** One fetch per session, shared by every page; `enabled` false waits (the search box asks on first focus). */
export function useStatusTimeline(enabled = true) {
  return useQuery({ queryKey: ["status-timeline"], queryFn: fetchStatusTimeline, enabled });
}
