import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { todayIso, type Category, type MapLevel } from "@scomm/core";
import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { Timeline } from "../../timeline/components/timeline.js";
import { JurisdictionPanel } from "./jurisdiction-panel.js";
import { Legend } from "./legend.js";
import { LevelToggle } from "./level-toggle.js";
import { LoadedMap } from "./loaded-map.js";
import { OpenJurisdiction } from "./open-jurisdiction.js";
import { useMapData } from "./use-map-data.js";
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

/**
 * The home view: map, timeline, legend and the pinned jurisdiction, all reading one view from the URL
 * (date, level, zoom, selected, highlight).
 */
export function MapPage() {
  const { m, fill } = useI18n();
  const [view, setView] = useViewState();
  useDocumentTitle(fill(m.documentTitle, { page: m.map.title[view.level] }));
  const today = useMemo(() => todayIso(), []);
  const { atlas, timeline, statuses, legend, zoom, selectedCategory, zoomFocus } = useMapData(view);
  const { focusPanel, select, onZoomGesture, onHighlight, onLevel, onZoomStep, onOpen } = useMapActions(setView);
  const error = atlas.error ?? timeline.error;

  return (
    <main id="main" tabIndex={-1} className="map-page">
      <section className="map-panel" aria-label={m.map.region}>
        <MapToolbar level={view.level} onLevel={onLevel} />
        <Timeline date={view.date} end={today} onChange={(date, mode) => setView({ date }, mode)} />
        <div className="map-stage">
          <LoadedMap
            atlas={atlas.data}
            timeline={timeline.data}
            error={error}
            statuses={statuses}
            zoom={zoom}
            onZoom={onZoomGesture}
            level={view.level}
            date={view.date}
            selected={view.selected}
            onSelect={(id) => select(id, false)}
            highlight={view.highlight}
          />
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
