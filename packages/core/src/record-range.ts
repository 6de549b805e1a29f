import { dayNumber, ISO_DATE, isCalendarDate, type IsoDate } from "./dates.js";

/**
 * The dates the record answers for. It starts well before the program (2008) so that the years before it
 * read as "not yet", and ends a year after today: a date past that is a mistake or an attack, never a
 * question (year 9999 once cost a second of blocked server). Every input date, in the api's procedures and
 * its plain URLs alike, goes through `recordDateProblem`.
 */
export const RECORD_START: IsoDate = "1980-01-01";

/** The last date the record answers for: the same day a year after `today` (29 February steps to the 28th). */
export function recordEnd(today: IsoDate): IsoDate {
  const [, y, m, d] = ISO_DATE.exec(today) ?? [];
  if (!y) throw new RangeError(`not a YYYY-MM-DD date: ${today}`);
  const next = `${String(Number(y) + 1).padStart(4, "0")}-${m}-${d}`;
  return isCalendarDate(next) ? next : `${next.slice(0, 8)}28`;
}

/** Why `value` is not a date of the record, as a phrase to follow its field's name; null when it is one. */
export function recordDateProblem(value: unknown, today: IsoDate): string | null {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return "must be a date written YYYY-MM-DD";
  if (!isCalendarDate(value)) return "is not a real calendar date";
  if (dayNumber(value) < dayNumber(RECORD_START)) return `must not be before ${RECORD_START}`;
  const end = recordEnd(today);
  if (dayNumber(value) > dayNumber(end)) return `must not be after ${end}, a year after today`;
  return null;
}
