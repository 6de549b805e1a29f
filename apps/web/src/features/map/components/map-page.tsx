import { countCategories, indexesOf, statusesAt, todayIso } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { DateSlider } from "../../timeline/components/date-slider.js";
import { useViewState } from "../../../lib/location.js";
import { loadAtlas } from "../atlas.js";
import { legendRows } from "../map-series.js";
import { Legend } from "./legend.js";
import { LevelToggle } from "./level-toggle.js";
import { MapFigure } from "./map-figure.js";

/** The home view: map, date slider and legend, all reading one date and level from the URL. */
export function MapPage() {
  const [query, setQuery] = useViewState();
  const today = useMemo(() => todayIso(), []);
  const atlas = useQuery({ queryKey: ["atlas"], queryFn: loadAtlas });
  const timeline = useStatusTimeline();

  const statuses = useMemo(() => timeline.data && statusesAt(timeline.data, query.date), [timeline.data, query.date]);
  const levelIndexes = useMemo(() => timeline.data && indexesOf(timeline.data, query.level), [timeline.data, query.level]);
  const rows = useMemo(
    () => (statuses && levelIndexes ? legendRows(countCategories(statuses, levelIndexes)) : null),
    [statuses, levelIndexes],
  );
  const error = atlas.error ?? timeline.error;

  return (
    <main className="map-page">
      <section className="map-panel" aria-label="Map">
        <div className="map-panel__toolbar">
          <h2 className="map-panel__title">Secure Communities status by {query.level === "county" ? "county" : "state"}</h2>
          <LevelToggle level={query.level} onChange={(level) => setQuery({ level }, "push")} />
        </div>
        {atlas.data && timeline.data && statuses ? (
          <MapFigure atlas={atlas.data} timeline={timeline.data} statuses={statuses} level={query.level} date={query.date} />
        ) : (
          <div className="county-map county-map--placeholder" role="status">
            {error ? `The map could not be loaded: ${error.message}` : "Loading map…"}
          </div>
        )}
        <DateSlider date={query.date} today={today} onChange={(date) => setQuery({ date })} />
      </section>
      <aside className="map-aside">
        <Legend rows={rows} level={query.level} date={query.date} />
      </aside>
    </main>
  );
}
