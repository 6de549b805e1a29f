import { CATEGORIES, dayNumber, type Category, type CategorySeries, type IsoDate, type pepSpan } from "@scomm/core";

/** One sample date as recharts reads it: x as a day number, one stacked value per category. */
export type TrendRow = { date: IsoDate; day: number } & Record<Category, number>;

export type TrendUnit = "count" | "share";

/**
 * Rows for the stacked area, from a series core's `categorySeries` built. As "share", each value is
 * divided by its date's total (the sum of the stack), so the stack always reaches 1.
 */
export function trendRows(series: CategorySeries, unit: TrendUnit): TrendRow[] {
  return series.dates.map((date, s) => {
    const total = unit === "share" ? CATEGORIES.reduce((sum, c) => sum + series.values[c][s]!, 0) : 1;
    const row = { date, day: dayNumber(date) } as TrendRow;
    for (const c of CATEGORIES) row[c] = total > 0 ? series.values[c][s]! / total : 0;
    return row;
  });
}

/** The row whose month holds `date` (the cursor), or the nearest end. */
export function rowIndexAt(rows: readonly TrendRow[], date: IsoDate): number {
  const day = dayNumber(date);
  let found = 0;
  rows.forEach((row, i) => {
    if (row.day <= day) found = i;
  });
  return found;
}

/** January 1 of each year the rows cover: the x axis ticks. */
export function yearTicks(rows: readonly TrendRow[]): number[] {
  return rows.filter((r) => r.date.endsWith("-01-01")).map((r) => r.day);
}

/** The PEP years the chart shades (core's `pepSpan`); `to` null while the era runs. */
export type EraBand = ReturnType<typeof pepSpan>;

/** The height of the stack: the most any date's categories add up to (every county, or 1 as shares). */
export function stackTotal(rows: readonly TrendRow[]): number {
  return rows.reduce(
    (max, row) =>
      Math.max(
        max,
        CATEGORIES.reduce((sum, c) => sum + row[c], 0),
      ),
    0,
  );
}

/** Round y-axis ticks from 0 up to the stack's height: at most eight, on steps of 1, 2, 2.5 or 5 x 10^k. */
export function valueTicks(total: number): number[] {
  if (total <= 0) return [0];
  const rough = total / 7;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let v = 0; v <= total + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
