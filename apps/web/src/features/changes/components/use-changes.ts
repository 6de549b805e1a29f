import { indexesOf, statusesAt, type IsoDate } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { atlasQuery } from "../../map/atlas.js";
import { useJurisdictions } from "../../table/components/use-states.js";
import { groupChanges } from "../change-groups.js";
import { calendarOrder, causesFrom, countChanged, orientChanges, unchangedMask } from "../changes-series.js";

/**
 * What the page compares: every county's category on both dates (from the status timeline), which stayed
 * the same, how many changed, and the changes grouped by transition with their events (from `status.changes`).
 */
export function useChanges(from: IsoDate, to: IsoDate) {
  const trpc = useTRPC();
  const timeline = useStatusTimeline();
  const atlas = useQuery(atlasQuery);
  const jurisdictions = useJurisdictions();
  const answer = useQuery(trpc.status.changes.queryOptions({ ...calendarOrder(from, to), level: "county" }));
  const t = timeline.data;

  const counties = useMemo(() => t && indexesOf(t, "county"), [t]);
  const before = useMemo(() => t && statusesAt(t, from), [t, from]);
  const later = useMemo(() => t && statusesAt(t, to), [t, to]);
  const unchanged = useMemo(() => before && later && unchangedMask(before, later), [before, later]);
  const changed = useMemo(() => (counties && unchanged ? countChanged(unchanged, counties) : null), [counties, unchanged]);
  const groups = useMemo(() => {
    if (!answer.data) return null;
    return groupChanges(orientChanges(answer.data, from, to), causesFrom(answer.data.events));
  }, [answer.data, from, to]);
  const byId = useMemo(() => new Map((jurisdictions.data ?? []).map((j) => [j.id, j])), [jurisdictions.data]);
  const error = timeline.error ?? atlas.error ?? answer.error;
  return { timeline: t, atlas: atlas.data, counties, before, later, unchanged, changed, groups, byId, error };
}
