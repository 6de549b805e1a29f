import type { Category, IsoDate } from "@scomm/core";
import { lazy, Suspense, useState } from "react";
import type { HistoryMode } from "../../../lib/location.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { valueText } from "../format-value.js";
import type { KeyMoments } from "../key-moments.js";
import type { EraBand, TrendRow, TrendUnit } from "../trends-series.js";
import { TrendsCaption } from "./trends-caption.js";
import { TrendsDataTable } from "./trends-data-table.js";
import { TrendsReadout } from "./trends-readout.js";

const TrendsChart = lazy(() => import("./trends-chart.js"));

interface TrendsFigureProps {
  rows: readonly TrendRow[];
  moments: KeyMoments;
  /** Values on the selected date itself (core's `countCategories`), not its month's sample. */
  atCursor: Record<Category, number>;
  band: EraBand | null;
  title: string;
  date: IsoDate;
  today: IsoDate;
  unit: TrendUnit;
  onDate: (date: IsoDate, mode: HistoryMode) => void;
}

/** Chart, the values on the selected date beside it, the caption and the numbers as a table under it. */
export function TrendsFigure({ rows, moments, atCursor, band, title, date, today, unit, onDate }: TrendsFigureProps) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const [tableOpen, setTableOpen] = useState(false);
  const format = (value: number) => valueText(i18n, value, unit);
  const month = (d: IsoDate) => i18n.date(d, "month");
  const chartLabel = fill(m.trends.chartLabel, {
    subtitle: m.trends.subtitle[unit === "share" ? "population" : "count"],
    date: i18n.date(date),
  });

  return (
    <div className="trends-layout">
      <figure className="trends-figure" aria-labelledby="trends-title">
        <p className="trends-figure__axis" aria-hidden="true">
          {m.trends.axis[unit === "share" ? "population" : "count"]}
        </p>
        <div className="trends-figure__chart" role="img" aria-label={chartLabel} data-testid="trends-chart" data-date={date}>
          <Suspense fallback={<p className="view-placeholder">{m.trends.loadingChart}</p>}>
            <TrendsChart
              rows={rows}
              date={date}
              band={band}
              lastDate={today}
              labels={{ category: m.categories, pep: m.trends.pep, cursor: i18n.date(date) }}
              formatValue={format}
              formatMonth={month}
              onPick={(picked) => onDate(picked, "push")}
            />
          </Suspense>
        </div>
        <p className="trends-figure__hint">{m.trends.clickHint}</p>
        <figcaption className="trends-figure__caption">
          <TrendsCaption moments={moments} band={band} unit={unit} />
        </figcaption>
      </figure>
      <TrendsReadout values={atCursor} date={date} today={today} unit={unit} onDate={onDate} />
      <section className="trends-numbers">
        <button
          type="button"
          className="view-button"
          aria-expanded={tableOpen}
          aria-controls="trends-data-table"
          onClick={() => setTableOpen((open) => !open)}
        >
          {tableOpen ? m.trends.hideTable : m.trends.showTable}
        </button>
        {tableOpen && <TrendsDataTable id="trends-data-table" rows={rows} title={title} unit={unit} format={format} />}
      </section>
    </div>
  );
}
