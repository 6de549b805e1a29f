import type { DatePrecision, IsoDate, Lang } from "@scomm/core";

/** The locale each language formats dates, numbers and messages in. */
export const LOCALES: Record<Lang, string> = { en: "en-US", es: "es-ES" };

/**
 * The one set of date and number formatters, for the exported figures and the web's pages alike.
 * A calendar date in words at the precision it is known: "July 1, 2011", "June 2011" or "2011" ("1 de julio
 * de 2011"). Formatted in UTC from the date's own parts, so no reader's time zone moves it by a day.
 */
export function formatDate(date: IsoDate, lang: Lang, precision: DatePrecision = "day"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dateFormat(lang, precision).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A number as each language writes it (1,234 / 1234 and 12.345), with Intl's options (percent, digits). */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(value);
}

/**
 * Intl formatters are costly to build (a locale lookup each) and every slider step formats dozens of dates
 * and numbers: each one is built once per language and options, and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const found = formatters.get(key) as F | undefined;
  if (found) return found;
  const made = make();
  formatters.set(key, made);
  return made;
}

const DATE_PARTS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

function dateFormat(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  return kept(`date:${lang}:${precision}`, () => new Intl.DateTimeFormat(LOCALES[lang], DATE_PARTS[precision]));
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(`number:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang], options));
}
