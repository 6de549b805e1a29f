import type { DatePrecision, IsoDate } from "@scomm/core";
import type { Lang } from "../view-state.js";

const LOCALES: Record<Lang, string> = { en: "en-US", es: "es-ES" };

/**
 * A calendar date in words at the precision it is known: "July 1, 2011", "June 2011" or "2011".
 * Formatted in UTC from the date's own parts, so no reader's time zone moves it by a day.
 */
export function formatDate(date: IsoDate, lang: Lang, precision: DatePrecision = "day"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(instant);
}

export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
