import { CATEGORIES, dayNumber, TIMELINE_START, type Category, type CategorySeries, type IsoDate } from "@scomm/core";

export interface ChartSize {
  width: number;
  height: number;
  /** Room left for the axis labels. */
  left: number;
  bottom: number;
}

export interface StackedArea {
  category: Category;
  d: string;
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

/** Stacking order, bottom first: the switched-on categories at the base, "not yet activated" on top. */
const STACK: readonly Category[] = [...CATEGORIES].reverse();

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
  const xs = series.dates.map(x);
  const base = new Array<number>(series.dates.length).fill(0);
  const areas: StackedArea[] = [];
  for (const category of STACK) {
    const values = series.values[category];
    const top = base.map((b, i) => b + (values[i] ?? 0));
    if (values.some((v) => v > 0)) {
      const upper = xs.map((px, i) => `${round(px)},${round(y(top[i]!))}`);
      const lower = xs.map((px, i) => `${round(px)},${round(y(base[i]!))}`).reverse();
      areas.push({ category, d: `M${upper.join("L")}L${lower.join("L")}Z` });
    }
    top.forEach((t, i) => {
      base[i] = t;
    });
  }
  const years: { year: number; x: number }[] = [];
  const lastYear = Number((series.dates.at(-1) ?? "2008").slice(0, 4));
  for (let year = Number((series.dates[0] ?? "2008").slice(0, 4)); year <= lastYear; year++) {
    const date = `${year}-01-01`;
    if (dayNumber(date) >= first && dayNumber(date) <= last) years.push({ year, x: x(date) });
  }
  return { areas, x, y, years, total };
}

const round = (n: number) => Math.round(n * 10) / 10;
