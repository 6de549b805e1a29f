import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { CATEGORIES, statusesAt, todayIso, type Category, type MapLevel, type StatusTimeline } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { Timeline } from "../../timeline/components/timeline.js";
import { loadAtlas } from "../atlas.js";
import { centreOf } from "../map-labels.js";
import { useLegend } from "../use-legend.js";
import { normalizeZoom } from "../zoom.js";
import { JurisdictionPanel } from "./jurisdiction-panel.js";
import { Legend } from "./legend.js";
import { LevelToggle } from "./level-toggle.js";
import { MapFigure } from "./map-figure.js";
import { OpenJurisdiction } from "./open-jurisdiction.js";
import { ZoomControls } from "./zoom-controls.js";
import { ExportButton } from "../../export/components/export-button.js";
import type { ExportFigure } from "../../export/export-figure.js";
import "../map.css";

/**
 * What the reader can do to the map's view, as callbacks that stay the same from one render to the next, so
 * the memoised controls that show no date sit out a slider step. `focusPanel`: the panel takes the focus
 * when it was opened from the keyboard.
 */
function useMapActions(setView: ReturnType<typeof useViewState>[1]) {
  const [focusPanel, setFocusPanel] = useState(false);
  const select = useCallback(
    (id: string, fromKeyboard: boolean) => {
      setFocusPanel(fromKeyboard);
      setView({ selected: id }, "push");
    },
    [setView],
  );
  return {
    focusPanel,
    select,
    onZoomGesture: useCallback((zoom: MapZoom | null) => setView({ zoom }, "replace"), [setView]),
    onHighlight: useCallback((highlight: Category | null) => setView({ highlight }, "push"), [setView]),
    onLevel: useCallback((level: MapLevel) => setView({ level }, "push"), [setView]),
    onZoomStep: useCallback((zoom: MapZoom | null) => setView({ zoom }, "push"), [setView]),
    onOpen: useCallback((id: string) => select(id, true), [select]),
  };
}

const MAP_FIGURE: ExportFigure = { kind: "map", stateFips: null, jurisdictionId: null };

/** The map's title, its level and its export. */
function MapToolbar({ level, onLevel }: { level: MapLevel; onLevel: (level: MapLevel) => void }) {
  const { m } = useI18n();
  return (
    <div className="map-panel__toolbar">
      <h2 className="map-panel__title">{m.map.title[level]}</h2>
      <LevelToggle level={level} onChange={onLevel} />
      <ExportButton figure={MAP_FIGURE} />
    </div>
  );
}

/** The pinned jurisdiction's category among the statuses on the date; undefined when the timeline lacks it. */
function categoryOfSelected(timeline: StatusTimeline, statuses: Uint8Array, selected: string): Category | undefined {
  const i = timeline.ids.indexOf(selected);
  return i >= 0 ? CATEGORIES[statuses[i]!] : undefined;
}

/**
 * The home view: map, timeline, legend and the pinned jurisdiction, all reading one view from the URL
 * (date, level, zoom, selected, highlight).
 */
export function MapPage() {
  const { m, fill } = useI18n();
  const [view, setView] = useViewState();
  useDocumentTitle(fill(m.documentTitle, { page: m.map.title[view.level] }));
  const today = useMemo(() => todayIso(), []);
  const atlas = useQuery({ queryKey: ["atlas"], queryFn: loadAtlas, staleTime: Infinity });
  const timeline = useStatusTimeline();
  const statuses = useMemo(() => timeline.data && statusesAt(timeline.data, view.date), [timeline.data, view.date]);
  const legend = useLegend(timeline.data, statuses, view.level);
  // A hand-written URL may hold a zoom off the map: show the nearest one that covers the frame.
  const zoom = useMemo(() => view.zoom && normalizeZoom(view.zoom), [view.zoom]);
  const selectedCategory =
    view.selected && timeline.data && statuses ? categoryOfSelected(timeline.data, statuses, view.selected) : undefined;
  const { focusPanel, select, onZoomGesture, onHighlight, onLevel, onZoomStep, onOpen } = useMapActions(setView);
  const zoomFocus = useMemo(() => (atlas.data ? centreOf(atlas.data, view.selected) : null), [atlas.data, view.selected]);
  const error = atlas.error ?? timeline.error;

  return (
    <main id="main" tabIndex={-1} className="map-page">
      <section className="map-panel" aria-label={m.map.region}>
        <MapToolbar level={view.level} onLevel={onLevel} />
        <Timeline date={view.date} end={today} onChange={(date, mode) => setView({ date }, mode)} />
        <div className="map-stage">
          {atlas.data && timeline.data && statuses ? (
            <MapFigure
              atlas={atlas.data}
              timeline={timeline.data}
              statuses={statuses}
              level={view.level}
              date={view.date}
              zoom={zoom}
              onZoom={onZoomGesture}
              selected={view.selected}
              onSelect={(id) => select(id, false)}
              highlight={view.highlight}
            />
          ) : (
            <div className="county-map county-map--placeholder" role="status">
              {error ? fill(m.map.loadFailed, { message: error.message }) : m.map.loadingMap}
            </div>
          )}
          <ZoomControls zoom={zoom} onZoom={onZoomStep} focus={zoomFocus} />
        </div>
      </section>
      <aside className="map-aside">
        {view.selected && selectedCategory && (
          <JurisdictionPanel
            id={view.selected}
            category={selectedCategory}
            date={view.date}
            focusOnOpen={focusPanel}
            onClose={() => setView({ selected: null }, "push")}
          />
        )}
        <Legend {...legend} level={view.level} date={view.date} highlight={view.highlight} onHighlight={onHighlight} />
        <OpenJurisdiction onOpen={onOpen} />
      </aside>
    </main>
  );
}
