/** Calendar dates are `YYYY-MM-DD` strings, never instants: no time zone can shift them. */
export type IsoDate = string;

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a calendar date, computed in UTC so the local zone never matters.
 * (`setUTCFullYear`, not `Date.UTC`, which reads years 0-99 as 1900-1999.)
 */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when the string is a well-formed date that exists on the calendar (no 2011-02-30). */
export function isCalendarDate(date: string): boolean {
  const m = ISO_DATE.exec(date);
  if (!m) return false;
  return fromDayNumber(dayNumber(date)) === date;
}

/** The first day of the month `months` after (or before) the month of `date`. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = monthNumber(date) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

/** The first day the dashboard's timelines show: the eve of the program (launched March 2008). */
export const TIMELINE_START: IsoDate = "2008-01-01";

/** Today's calendar date where the clock is read (the reader's own day). */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * First days of each month from `from`'s month through `to`'s month, inclusive. Months are counted as
 * numbers, never compared as strings: "10000-01-01" sorts before "9999-12-31", which once let a request
 * for 9999's last month build about a million months.
 */
export function monthStarts(from: IsoDate, to: IsoDate): IsoDate[] {
  const count = monthNumber(to) - monthNumber(from) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(from, i));
}

/** Months since year 0 of a `YYYY-MM-DD` date (a malformed one throws, as `dayNumber` does). */
function monthNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}
