import { countCategories, indexesOf, type StatusTimeline, type MapLevel } from "@scomm/core";
import { useMemo } from "react";
import { useI18n } from "../../lib/i18n/use-i18n.js";

import { legendRows, partlyActivatedCount, type LegendRow } from "./map-series.js";

export interface LegendData {
  /** Null while the timeline loads. */
  rows: LegendRow[] | null;
  /** States drawn as partly activated (state level only). */
  partlyActivated: number;
}

/** What the map's legend shows on the statuses' date: one home for the map page and the map embed. */
export function useLegend(timeline: StatusTimeline | undefined, statuses: Uint8Array | undefined, level: MapLevel): LegendData {
  const { m } = useI18n();
  return useMemo(
    () =>
      timeline && statuses
        ? {
            rows: legendRows(countCategories(statuses, indexesOf(timeline, level)), m.categories),
            partlyActivated: partlyActivatedCount(timeline, statuses, level),
          }
        : { rows: null, partlyActivated: 0 },
    [timeline, statuses, level, m.categories],
  );
}
