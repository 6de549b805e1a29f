import { addMonths, dayNumber, type IsoDate } from "@scomm/core";

/** The first of the previous month (or of this month, when `date` is inside it) and the first of the next. */
export function stepMonth(date: IsoDate, direction: -1 | 1): IsoDate {
  if (direction === 1) return addMonths(date, 1);
  return date.endsWith("-01") ? addMonths(date, -1) : addMonths(date, 0);
}

export interface YearTick {
  year: number;
  /** Position along the slider, 0..1. */
  offset: number;
  /** Whether to print the year (every year when there is room, else every other). */
  labelled: boolean;
}

/** One tick per January 1st within [start, end]. */
export function yearTicks(start: IsoDate, end: IsoDate, maxLabels = 12): YearTick[] {
  const [from, to] = [dayNumber(start), dayNumber(end)];
  const first = Number(start.slice(0, 4)) + (start.endsWith("-01-01") ? 0 : 1);
  const years: number[] = [];
  for (let y = first; y <= Number(end.slice(0, 4)); y++) years.push(y);
  const every = Math.ceil(years.length / maxLabels);
  return years.map((year, i) => ({
    year,
    offset: (dayNumber(`${year}-01-01`) - from) / (to - from),
    labelled: i % every === 0,
  }));
}
