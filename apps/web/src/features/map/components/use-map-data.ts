import { CATEGORIES, statusesAt, type Category, type StatusTimeline } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import type { ViewState } from "../../../lib/view-state.js";
import { atlasQuery } from "../atlas.js";
import { centreOf } from "../map-labels.js";
import { useLegend } from "../use-legend.js";
import { normalizeZoom } from "../zoom.js";

/** The pinned jurisdiction's category among the statuses on the date; undefined when the timeline lacks it. */
function categoryOfSelected(timeline: StatusTimeline, statuses: Uint8Array, selected: string): Category | undefined {
  const i = timeline.ids.indexOf(selected);
  return i >= 0 ? CATEGORIES[statuses[i]!] : undefined;
}

/**
 * What the map shows for the view: the atlas and the statuses on its date, the legend's counts, the zoom (one that
 * covers the frame), the pinned jurisdiction's category, and the point the zoom buttons zoom on.
 */
export function useMapData(view: ViewState) {
  const atlas = useQuery(atlasQuery);
  const timeline = useStatusTimeline();
  const statuses = useMemo(() => timeline.data && statusesAt(timeline.data, view.date), [timeline.data, view.date]);
  const legend = useLegend(timeline.data, statuses, view.level);
  // A hand-written URL may hold a zoom off the map: show the nearest one that covers the frame.
  const zoom = useMemo(() => view.zoom && normalizeZoom(view.zoom), [view.zoom]);
  const selectedCategory =
    view.selected && timeline.data && statuses ? categoryOfSelected(timeline.data, statuses, view.selected) : undefined;
  const zoomFocus = useMemo(() => (atlas.data ? centreOf(atlas.data, view.selected) : null), [atlas.data, view.selected]);
  return { atlas, timeline, statuses, legend, zoom, selectedCategory, zoomFocus };
}
