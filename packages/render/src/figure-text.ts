import { formatDate, formatNumber } from "./format.js";
import { placeName, type Category, type IsoDate, type Lang } from "@scomm/core";
import { figureLabels, type FigureLabels } from "./labels.js";

/** The name the exports credit. */
export const SITE_NAME = "SComm Atlas";

/** Where the data comes from, as printed under every exported map. */
export const SOURCE_LINES: Record<Lang, string> = {
  en:
    "Sources: county activation dates from the ICE activation roster as compiled by Alsan & Yang (2018), " +
    "updated by Asad & Baer-Bositis (2025), in the replication data of Vargas-Núñez et al. (PNAS, 2026); " +
    "state, local and federal events from the news reports and government documents cited for each event.",
  es:
    "Fuentes: fechas de activación por condado de la lista de ICE recopilada por Alsan y Yang (2018), " +
    "actualizada por Asad y Baer-Bositis (2025), en los datos de replicación de Vargas-Núñez et al. (PNAS, 2026); " +
    "eventos federales, estatales y locales según las noticias y los documentos oficiales citados en cada evento.",
};

const TITLES: Record<Lang, { county: (place: string) => string; state: (place: string) => string; nation: string }> = {
  en: {
    county: (place) => `Secure Communities in ${place}, county by county`,
    state: (place) => `Secure Communities in ${place}, state by state`,
    nation: "the United States",
  },
  es: {
    county: (place) => `Secure Communities en ${place}, condado por condado`,
    state: (place) => `Secure Communities en ${place}, estado por estado`,
    nation: "Estados Unidos",
  },
};

const STATUS_ON: Record<Lang, (date: string) => string> = {
  en: (date) => `Status on ${date}`,
  es: (date) => `Situación al ${date}`,
};

/** The place a figure shows as it reads inside a sentence ("in the District of Columbia", "in the United States"). */
export function placeInSentence(lang: Lang, stateName: string | null): string {
  if (!stateName) return TITLES[lang].nation;
  if (stateName !== "District of Columbia") return placeName(stateName, lang);
  return lang === "es" ? "el Distrito de Columbia" : "the District of Columbia";
}

export interface FigureText {
  title: string;
  dateLabel: string;
  sourceLine: string;
  labels: FigureLabels;
}

/**
 * The default words of an exported map. The web's export dialog starts from the same title (the reader
 * may edit it) so a server image and a browser export of the same view read alike.
 */
export function figureText(lang: Lang, level: "state" | "county", date: IsoDate, stateName: string | null): FigureText {
  return {
    title: TITLES[lang][level](placeInSentence(lang, stateName)),
    dateLabel: STATUS_ON[lang](formatDate(date, lang)),
    sourceLine: SOURCE_LINES[lang],
    labels: figureLabels(lang, level),
  };
}

/** The state map's note on partly activated states (the web legend says the same). */
export function partlyActivatedNote(lang: Lang, count: number): string | null {
  if (count === 0) return null;
  const n = formatNumber(count, lang);
  return lang === "es"
    ? `Activados solo en parte: ${n} ${count === 1 ? "estado tenía" : "estados tenían"} activados solo algunos condados; sus demás condados aparecen en tono pálido.`
    : `Partly activated: ${n} ${count === 1 ? "state had" : "states had"} only some counties switched on; their other counties are drawn pale.`;
}

/** A county and its state, as a jurisdiction's export names them. */
export interface CountyPlace {
  name: string;
  stateName: string;
}

const COUNTY_TITLES: Record<
  Lang,
  { title: (place: string, date: string) => string; subtitle: (county: string, status: string, state: string) => string }
> = {
  en: {
    title: (place, date) => `${place}: Secure Communities status on ${date}`,
    subtitle: (county, status, state) => `${county}: ${status}. The map shows every county of ${state}.`,
  },
  es: {
    title: (place, date) => `${place}: situación de Secure Communities al ${date}`,
    subtitle: (county, status, state) => `${county}: ${status}. El mapa muestra todos los condados de ${state}.`,
  },
};

/**
 * The words of a county's own export (its page's): titled for the county and its state on the date, its status
 * under the title, the map of its state's counties with it outlined.
 */
export function countyFigureText(lang: Lang, date: IsoDate, county: CountyPlace, category: Category): FigureText {
  const words = COUNTY_TITLES[lang];
  const labels = figureLabels(lang, "county");
  const state = placeInSentence(lang, county.stateName);
  const name = placeName(county.name, lang);
  // The District of Columbia is its own county: named once.
  const place = county.name === county.stateName ? name : `${name}, ${placeName(county.stateName, lang)}`;
  return {
    // The date is kept on one line ("July 1, 2011", never "July 1," then "2011").
    title: words.title(place, formatDate(date, lang).replace(/ /g, "\u00a0")),
    dateLabel: words.subtitle(name, labels.categories[category], state),
    sourceLine: SOURCE_LINES[lang],
    labels,
  };
}

const OUTLINE_LABELS: Record<Lang, (name: string) => string> = {
  en: (name) => `Outline: ${name}`,
  es: (name) => `Contorno: ${name}`,
};

/** The legend's entry for the jurisdiction the map outlines, named as the figure's language writes it. */
export function outlineLabel(lang: Lang, name: string): string {
  return OUTLINE_LABELS[lang](placeName(name, lang));
}
