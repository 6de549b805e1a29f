import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { CATEGORIES, statusesAt, todayIso, type Category, type MapLevel } from "@scomm/core";
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

const MAP_FIGURE: ExportFigure = { kind: "map", stateFips: null, jurisdictionId: null };

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
  const [focusPanel, setFocusPanel] = useState(false);

  const statuses = useMemo(() => timeline.data && statusesAt(timeline.data, view.date), [timeline.data, view.date]);
  const legend = useLegend(timeline.data, statuses, view.level);
  // A hand-written URL may hold a zoom off the map: show the nearest one that covers the frame.
  const zoom = useMemo(() => view.zoom && normalizeZoom(view.zoom), [view.zoom]);
  const selectedIndex = view.selected && timeline.data ? timeline.data.ids.indexOf(view.selected) : -1;
  const selectedCategory = statuses && selectedIndex >= 0 ? CATEGORIES[statuses[selectedIndex]!] : undefined;

  const onZoomGesture = useCallback((zoom: MapZoom | null) => setView({ zoom }, "replace"), [setView]);
  const onHighlight = useCallback((highlight: Category | null) => setView({ highlight }, "push"), [setView]);
  const select = useCallback(
    (id: string, fromKeyboard: boolean) => {
      setFocusPanel(fromKeyboard);
      setView({ selected: id }, "push");
    },
    [setView],
  );
  // Stable callbacks and props, so the memoised controls that show no date sit out a slider step.
  const onLevel = useCallback((level: MapLevel) => setView({ level }, "push"), [setView]);
  const onZoomStep = useCallback((zoom: MapZoom | null) => setView({ zoom }, "push"), [setView]);
  const onOpen = useCallback((id: string) => select(id, true), [select]);
  const zoomFocus = useMemo(() => (atlas.data ? centreOf(atlas.data, view.selected) : null), [atlas.data, view.selected]);
  const error = atlas.error ?? timeline.error;

  return (
    <main id="main" tabIndex={-1} className="map-page">
      <section className="map-panel" aria-label={m.map.region}>
        <div className="map-panel__toolbar">
          <h2 className="map-panel__title">{m.map.title[view.level]}</h2>
          <LevelToggle level={view.level} onChange={onLevel} />
          <ExportButton figure={MAP_FIGURE} />
        </div>
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
