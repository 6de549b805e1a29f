import { dayNumber, type IsoDate } from "@scomm/core";

const LONG = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });

/** "July 1, 2011": read in UTC, the zone the day number is counted in, so no reader's zone shifts it. */
export function longDate(date: IsoDate): string {
  return LONG.format(dayNumber(date) * 86_400_000);
}

/** "Jul 2011". */
export function monthLabel(date: IsoDate): string {
  return MONTH.format(dayNumber(date) * 86_400_000);
}
