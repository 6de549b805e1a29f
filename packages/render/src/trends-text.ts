import { formatDate } from "./format.js";
import type { IsoDate, Lang } from "@scomm/core";
import { placeInSentence, SOURCE_LINES, type FigureText } from "./figure-text.js";
import { figureLabels } from "./labels.js";

/** What the trends chart stacks: counties counted, or their share of the 2010 population. */
export type TrendsUnit = "count" | "share";

const TITLES: Record<Lang, Record<TrendsUnit, (place: string) => string>> = {
  en: {
    count: (place) => `Secure Communities in ${place}: counties by status, month by month`,
    share: (place) => `Secure Communities in ${place}: share of the population by county status, month by month`,
  },
  es: {
    count: (place) => `Secure Communities en ${place}: condados por situación, mes a mes`,
    share: (place) => `Secure Communities en ${place}: parte de la población según la situación de su condado, mes a mes`,
  },
};

const SUBTITLES: Record<Lang, Record<TrendsUnit, (from: string, to: string) => string>> = {
  en: {
    count: (from, to) => `Number of counties in each category on the first day of each month, ${from} to ${to}`,
    share: (from, to) => `Share of the 2010 population living in counties in each category, ${from} to ${to}`,
  },
  es: {
    count: (from, to) => `Número de condados en cada categoría el primer día de cada mes, de ${from} a ${to}`,
    share: (from, to) => `Parte de la población de 2010 que vive en condados de cada categoría, de ${from} a ${to}`,
  },
};

const LEGEND_TITLES: Record<Lang, Record<TrendsUnit, (date: string) => string>> = {
  en: { count: (date) => `Counties on ${date}`, share: (date) => `Population share on ${date}` },
  es: { count: (date) => `Condados al ${date}`, share: (date) => `Parte de la población al ${date}` },
};

/** The era band's name on the chart: the program replaced by PEP, 2014 to 2017. */
export const PEP_LABEL: Record<Lang, string> = { en: "PEP", es: "PEP" };

/**
 * The default words of an exported trends chart covering `from`..`to`, its legend and marked line on `date`.
 * Like `figureText` for the map: the web's dialog starts from this title and the reader may edit it.
 */
export function trendsFigureText(
  lang: Lang,
  unit: TrendsUnit,
  range: { from: IsoDate; to: IsoDate },
  date: IsoDate,
  stateName: string | null,
): FigureText {
  const dateLabel = formatDate(date, lang);
  return {
    title: TITLES[lang][unit](placeInSentence(lang, stateName)),
    dateLabel: SUBTITLES[lang][unit](formatDate(range.from, lang, "month"), formatDate(range.to, lang, "month")),
    sourceLine: SOURCE_LINES[lang],
    labels: { ...figureLabels(lang, "county"), legendTitle: LEGEND_TITLES[lang][unit](dateLabel) },
  };
}
