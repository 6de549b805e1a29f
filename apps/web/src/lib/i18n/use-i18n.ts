import { placeName, type DatePrecision, type IsoDate, type Lang } from "@scomm/core";
import { useMemo } from "react";
import { useLang } from "../location.js";
import { en, type Messages } from "./messages-en.js";
import { es } from "./messages-es.js";
import { fill, formatDate, formatNumber } from "./format.js";

export const MESSAGES: Record<Lang, Messages> = { en, es };

export interface I18n {
  lang: Lang;
  m: Messages;
  date: (date: IsoDate, precision?: DatePrecision) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A message filled with values, plurals included (see `fill` in format.ts). */
  fill: (template: string, values: Record<string, string | number>) => string;
  /** A jurisdiction's name as the language writes it ("Condado de Cook"). */
  place: (name: string) => string;
}

/** The interface language (from the URL's `lang`) with its messages and formatters. */
export function useI18n(): I18n {
  const lang = useLang();
  return useMemo(() => i18nFor(lang), [lang]);
}

export function i18nFor(lang: Lang): I18n {
  return {
    lang,
    m: MESSAGES[lang],
    date: (date, precision) => formatDate(date, lang, precision),
    number: (value, options) => formatNumber(value, lang, options),
    fill: (template, values) => fill(lang, template, values),
    place: (name) => placeName(name, lang),
  };
}
