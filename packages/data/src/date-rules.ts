import { isCalendarDate, type IsoDate } from "@scomm/core";

/** No Secure Communities fact predates its pilots: events start in 2006... */
export const EARLIEST_EVENT_DATE: IsoDate = "2006-01-01";
/** ...except state laws on cooperation, which can be older (Oregon's dates from 1987). */
export const EARLIEST_STATE_LAW_DATE: IsoDate = "1980-01-01";

const STATE_LAW_TYPES = new Set(["state_law_limits_cooperation", "state_law_mandates_cooperation"]);

export function earliestDateFor(eventType: string): IsoDate {
  return STATE_LAW_TYPES.has(eventType) ? EARLIEST_STATE_LAW_DATE : EARLIEST_EVENT_DATE;
}

/** How a value looks in a message: strings bare, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * Why `value` cannot be the date of `what` (e.g. "a detainer_policy_limited event"), or null.
 * Dates are compared as YYYY-MM-DD strings, so no time zone is involved.
 */
export function eventDateProblem(value: unknown, earliest: IsoDate, today: IsoDate, what: string): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `${shown(value)} is not a date written YYYY-MM-DD`;
  }
  if (!isCalendarDate(value)) return `${value} is not a real calendar date`;
  if (value < earliest) return `${value} is before ${earliest}, the earliest date allowed for ${what}`;
  if (value > today) return `${value} is in the future (today is ${today})`;
  return null;
}

/** Why `value` cannot be a source's date (YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown), or null. */
export function sourceDateProblem(value: string | null, today: IsoDate): string | null {
  if (value === null) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `${value} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`;
  const full = `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
  if (!isCalendarDate(full)) return `${value} is not a real calendar date`;
  if (full > today) return `${value} is in the future (today is ${today})`;
  return null;
}
