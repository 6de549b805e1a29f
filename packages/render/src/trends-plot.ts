import { CATEGORIES, dayNumber, type Category, type CategorySeries, type IsoDate } from "@scomm/core";
import { textWidth } from "./font-metrics.js";
import type { Box } from "./layout.js";
import { stackedAreas, type StackedArea } from "./stacked-areas.js";
import type { TrendsUnit } from "./trends-text.js";

export interface Tick {
  /** Position along its axis, in design units. */
  at: number;
  label: string;
}

export interface TrendsPlot {
  /** The plotting area inside the figure's chart box (axis labels sit around it). */
  area: Box;
  /** One closed path per category present, bottom of the stack first. */
  layers: StackedArea[];
  yTicks: Tick[];
  /** January 1 of the years shown, thinned so their labels do not touch. */
  xTicks: Tick[];
  /** x of a date, clamped to the area. */
  xOf: (date: IsoDate) => number;
}

export interface TrendsPlotInput {
  series: CategorySeries;
  unit: TrendsUnit;
  /** The box the chart may use, axis labels included. */
  box: Box;
  /** Type size of the axis labels. */
  size: number;
  /** Room above the area for the marked date's and the era's labels. */
  top: number;
  formatValue: (value: number) => string;
}

/** Each sample's values, as shares of its total when `unit` is "share". */
export function stackValues(series: CategorySeries, unit: TrendsUnit): Record<Category, number[]> {
  const totals = series.dates.map((_, s) => CATEGORIES.reduce((sum, c) => sum + series.values[c][s]!, 0));
  const out = {} as Record<Category, number[]>;
  for (const c of CATEGORIES) out[c] = series.values[c].map((v, s) => (unit === "share" ? (totals[s]! > 0 ? v / totals[s]! : 0) : v));
  return out;
}

/** A round step giving at most `most` intervals up to `max` (1, 2 or 5 times a power of ten). */
export function niceStep(max: number, most: number): number {
  if (max <= 0) return 1;
  const raw = max / most;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((step) => step >= raw) ?? 10 * power;
}

/** The stacked areas, the axes' ticks and the date scale, fitted into the box. A pure function of its input. */
export function trendsPlot({ series, unit, box, size, top, formatValue }: TrendsPlotInput): TrendsPlot {
  const values = stackValues(series, unit);
  const totals = series.dates.map((_, s) => CATEGORIES.reduce((sum, c) => sum + values[c][s]!, 0));
  const yMax = unit === "share" ? 1 : Math.max(1, ...totals);
  const step = unit === "share" ? 0.25 : niceStep(yMax, 5);
  const yValues = Array.from({ length: Math.floor(yMax / step + 1e-9) + 1 }, (_, k) => k * step);
  const left = Math.max(...yValues.map((v) => textWidth(formatValue(v), size))) + size * 0.6;
  const area = { x: box.x + left, y: box.y + top, width: box.width - left - size * 0.3, height: box.height - top - size * 1.9 };

  const days = series.dates.map(dayNumber);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days.at(-1) ?? first) - first);
  const xOfDay = (day: number) => area.x + ((Math.min(Math.max(day, first), first + span) - first) / span) * area.width;
  const yOf = (v: number) => area.y + area.height * (1 - v / yMax);

  const layers = stackedAreas({ values, x: (s) => xOfDay(days[s]!), y: yOf, digits: 2 });

  return {
    area,
    layers,
    yTicks: yValues.map((v) => ({ at: yOf(v), label: formatValue(v) })),
    xTicks: yearTicks(series.dates, xOfDay, area.width / span, size),
    xOf: (date) => xOfDay(dayNumber(date)),
  };
}

/** January 1 of each year inside the dates, every 1, 2 or 5 years as room allows. */
function yearTicks(dates: readonly IsoDate[], xOfDay: (day: number) => number, unitsPerDay: number, size: number): Tick[] {
  if (dates.length === 0) return [];
  const from = Number(dates[0]!.slice(0, 4));
  const to = Number(dates.at(-1)!.slice(0, 4));
  const labelRoom = textWidth("0000", size) + size;
  const every = [1, 2, 5, 10].find((n) => n * 365.25 * unitsPerDay >= labelRoom) ?? 10;
  const firstDay = dayNumber(dates[0]!);
  const ticks: Tick[] = [];
  for (let year = from; year <= to; year++) {
    const day = dayNumber(`${year}-01-01`);
    if (day >= firstDay && year % every === 0) ticks.push({ at: xOfDay(day), label: String(year) });
  }
  return ticks;
}
