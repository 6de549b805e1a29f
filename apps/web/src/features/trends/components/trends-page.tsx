import { useLocationState } from "../../../lib/location.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import {
  categorySeries,
  countCategories,
  indexesOf,
  monthStarts,
  pepSpan,
  statusesAt,
  TIMELINE_START,
  todayIso,
  weightsByPopulation,
  type IsoDate,
} from "@scomm/core";
import { useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useFederalEvents } from "../../../lib/use-events.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { StateSelect } from "../../table/components/state-select.js";
import { useJurisdictions, useStateOptions } from "../../table/components/use-states.js";
import { keyMoments } from "../key-moments.js";
import { trendRows } from "../trends-series.js";
import { MeasureToggle } from "./measure-toggle.js";
import { TrendsFigure } from "./trends-figure.js";
import { ExportButton } from "../../export/components/export-button.js";
import "../../table/view.css";
import "../trends.css";

/**
 * The chart's data from core on the status timeline: the counties (of one state, or all) per category on the
 * first of each month, counted or as shares of the population, their values on the view's date, the key
 * moments and the PEP years.
 */
function useTrends(today: IsoDate, state: string | null, date: IsoDate, byPopulation: boolean) {
  const dates = useMemo(() => monthStarts(TIMELINE_START, today), [today]);
  const timeline = useStatusTimeline();
  const jurisdictions = useJurisdictions();
  const federal = useFederalEvents();
  const t = timeline.data;
  const weights = useMemo(() => (t && jurisdictions.data ? weightsByPopulation(t.ids, jurisdictions.data) : null), [t, jurisdictions.data]);
  const indexes = useMemo(() => t && indexesOf(t, "county", state ?? undefined), [t, state]);
  const ready = t && indexes && (!byPopulation || weights);
  const rows = useMemo(() => {
    if (!ready) return null;
    const series = categorySeries(t, { indexes, dates, weights: byPopulation ? weights! : undefined });
    return trendRows(series, byPopulation ? "share" : "count");
  }, [ready, t, indexes, dates, byPopulation, weights]);
  const atCursor = useMemo(() => {
    if (!ready) return null;
    return countCategories(statusesAt(t, date), indexes, byPopulation ? weights! : undefined);
  }, [ready, t, indexes, byPopulation, weights, date]);
  const moments = useMemo(() => rows && keyMoments(rows), [rows]);
  const band = useMemo(() => (federal.data ? pepSpan(federal.data, today) : null), [federal.data, today]);
  return { rows, atCursor, moments, band, error: timeline.error ?? jurisdictions.error };
}

/** Counties per category over time: the series from core, the date, measure and state from the URL. */
export function TrendsPage() {
  const [view, setView] = useViewState();
  const { m, fill, place } = useI18n();
  // In an embed the site's header (and its h1) is absent: the chart's title is the page's heading.
  const Heading = useLocationState().route.page === "embed" ? "h1" : "h2";
  const today = useMemo(() => todayIso(), []);
  const states = useStateOptions();
  const byPopulation = view.weight === "population";
  const { rows, atCursor, moments, band, error } = useTrends(today, view.state, view.date, byPopulation);

  const english = states.find((s) => s.id === view.state)?.name;
  const stateName = english && place(english);
  const title = stateName ? fill(m.trends.titleState, { state: stateName }) : m.trends.title;
  useDocumentTitle(fill(m.documentTitle, { page: title }));

  return (
    <main id="main" tabIndex={-1} className="trends-page view-page" aria-labelledby="trends-title">
      <header className="view-head">
        <Heading id="trends-title" className="view-head__title">
          {title}
        </Heading>
        <p className="view-head__lede">{m.trends.subtitle[view.weight]}</p>
      </header>
      <div className="view-controls" role="group" aria-label={m.trends.controls}>
        <MeasureToggle value={view.weight} onChange={(weight) => setView({ weight }, "push")} />
        <StateSelect
          label={m.trends.state}
          allLabel={m.trends.allStates}
          states={states}
          value={view.state}
          onChange={(state) => setView({ state }, "push")}
        />
        <ExportButton figure={{ kind: "trends" }} />
      </div>
      {rows && moments && atCursor ? (
        <TrendsFigure
          rows={rows}
          moments={moments}
          atCursor={atCursor}
          band={band}
          title={title}
          date={view.date}
          today={today}
          unit={byPopulation ? "share" : "count"}
          onDate={(date, mode) => setView({ date }, mode)}
        />
      ) : (
        <p className="view-placeholder" role="status">
          {error ? fill(m.loadFailed, { message: error.message }) : m.loading}
        </p>
      )}
    </main>
  );
}
