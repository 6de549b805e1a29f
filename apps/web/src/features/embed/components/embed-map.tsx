import { statusesAt, todayIso, type Category } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { atlasQuery } from "../../map/atlas.js";
import { Legend } from "../../map/components/legend.js";
import { LegendStrip } from "../../map/components/legend-strip.js";
import { LoadedMap } from "../../map/components/loaded-map.js";
import { ZoomControls } from "../../map/components/zoom-controls.js";
import { useLegend } from "../../map/use-legend.js";
import { Timeline } from "../../timeline/components/timeline.js";

/**
 * The map for a frame: title, map, date slider and legend for the view in the query string; no site around it.
 * Compact (`compact=1`): the title for screen readers only, the map without zoom buttons, the date in one row
 * and the legend in one strip, so it fits about 500 px at 640 px wide.
 */
export function EmbedMap() {
  const { m } = useI18n();
  const [view, setView] = useViewState();
  const today = useMemo(() => todayIso(), []);
  const atlas = useQuery(atlasQuery);
  const timeline = useStatusTimeline();
  const statuses = useMemo(() => timeline.data && statusesAt(timeline.data, view.date), [timeline.data, view.date]);
  const legend = useLegend(timeline.data, statuses, view.level);
  const onZoom = useCallback((zoom: MapZoom | null) => setView({ zoom }, "replace"), [setView]);
  const onHighlight = useCallback((highlight: Category | null) => setView({ highlight }, "push"), [setView]);
  const error = atlas.error ?? timeline.error;
  const compact = view.compact;

  return (
    <main className={compact ? "embed-map embed-map--compact" : "embed-map"}>
      <h1 className={compact ? "visually-hidden" : "embed__title"}>{m.map.title[view.level]}</h1>
      <div className="map-stage">
        <LoadedMap
          atlas={atlas.data}
          timeline={timeline.data}
          statuses={statuses}
          error={error}
          level={view.level}
          date={view.date}
          zoom={view.zoom}
          onZoom={onZoom}
          selected={view.selected}
          onSelect={(selected) => setView({ selected }, "push")}
          highlight={view.highlight}
        />
        {!compact && <ZoomControls zoom={view.zoom} onZoom={(zoom) => setView({ zoom }, "push")} />}
      </div>
      <Timeline date={view.date} end={today} onChange={(date, mode) => setView({ date }, mode)} compact={compact} />
      {compact ? (
        <LegendStrip rows={legend.rows} level={view.level} date={view.date} />
      ) : (
        <Legend {...legend} level={view.level} date={view.date} highlight={view.highlight} onHighlight={onHighlight} />
      )}
    </main>
  );
}
