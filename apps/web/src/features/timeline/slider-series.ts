import { addMonths, dayNumber, fromDayNumber, isCalendarDate, type IsoDate } from "@scomm/core";

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

/** The same day `years` later (or earlier); February 29 becomes the 28th in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split("-") as [string, string, string];
  const year = String(Number(y) + years).padStart(4, "0");
  return m === "02" && d === "29" && !isCalendarDate(`${year}-02-29`) ? `${year}-02-28` : `${year}-${m}-${d}`;
}

export function clampToRange(date: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  return date < start ? start : date > end ? end : date;
}

/** What a key on the date slider does: a new date, play/pause, or nothing (the key is not ours). */
export type SliderKeyAction = { date: IsoDate } | { togglePlay: true } | null;

/**
 * Left/Right a day, Down/Up a month (to the first of the month), PageDown/PageUp a year, Home/End the
 * ends of the range, Space play or pause.
 */
export function sliderKeyAction(key: string, date: IsoDate, start: IsoDate, end: IsoDate): SliderKeyAction {
  if (key === " " || key === "Spacebar") return { togglePlay: true };
  const moved = movedDate(key, date, start, end);
  return moved ? { date: clampToRange(moved, start, end) } : null;
}

function movedDate(key: string, date: IsoDate, start: IsoDate, end: IsoDate): IsoDate | null {
  switch (key) {
    case "ArrowLeft":
      return fromDayNumber(dayNumber(date) - 1);
    case "ArrowRight":
      return fromDayNumber(dayNumber(date) + 1);
    case "ArrowDown":
      return stepMonth(date, -1);
    case "ArrowUp":
      return stepMonth(date, 1);
    case "PageDown":
      return addYears(date, -1);
    case "PageUp":
      return addYears(date, 1);
    case "Home":
      return start;
    case "End":
      return end;
    default:
      return null;
  }
}
