import { dayNumber, TIMELINE_START, type CategorySeries, type IsoDate } from "@scomm/core";
import { stackedAreas, type StackedArea } from "@scomm/render";

export interface ChartSize {
  width: number;
  height: number;
  /** Room left for the axis labels. */
  left: number;
  bottom: number;
}

export interface StackedChart {
  areas: StackedArea[];
  /** x of a date within the plot. */
  x: (date: IsoDate) => number;
  /** y of a count. */
  y: (count: number) => number;
  years: { year: number; x: number }[];
  total: number;
}

/**
 * One state's counties per category over time as stacked areas (from core's categorySeries), counts
 * scaled to `total` (all its counties), dates to the plot's width.
 */
export function stackedChart(series: CategorySeries, total: number, size: ChartSize): StackedChart {
  const first = dayNumber(series.dates[0] ?? TIMELINE_START);
  const last = dayNumber(series.dates.at(-1) ?? "2008-01-02");
  const plotWidth = size.width - size.left;
  const plotHeight = size.height - size.bottom;
  const x = (date: IsoDate) => size.left + ((dayNumber(date) - first) / Math.max(1, last - first)) * plotWidth;
  const y = (count: number) => plotHeight - (count / Math.max(1, total)) * plotHeight;
  const areas = stackedAreas({ values: series.values, x: (s) => x(series.dates[s]!), y, digits: 1 });
  const years: { year: number; x: number }[] = [];
  const lastYear = Number((series.dates.at(-1) ?? "2008").slice(0, 4));
  for (let year = Number((series.dates[0] ?? "2008").slice(0, 4)); year <= lastYear; year++) {
    const date = `${year}-01-01`;
    if (dayNumber(date) >= first && dayNumber(date) <= last) years.push({ year, x: x(date) });
  }
  return { areas, x, y, years, total };
}
