import { CATEGORY_LABELS, type Category, type IsoDate, type Lang } from "@scomm/core";

const CATEGORY_LABELS_ES: Record<Category, string> = {
  not_activated: "Aún no activado",
  opt_out_pending: "Exclusión solicitada, pendiente",
  over_objection: "Activado pese a su objeción",
  mandates: "Activado, el estado impone la cooperación",
  limits: "Activado, limita la cooperación",
  activated: "Activado",
};

/** The map categories' names in each language (English is core's `CATEGORY_LABELS`). */
export const CATEGORY_LABELS_BY_LANG: Record<Lang, Record<Category, string>> = {
  en: CATEGORY_LABELS,
  es: CATEGORY_LABELS_ES,
};

/** A calendar date written out for a caption ("July 1, 2011", "1 de julio de 2011"); no zone can shift it. */
export function longDateLabel(date: IsoDate, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === "es" ? "es-ES" : "en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A count as each language writes it (1,234 / 1234 and 12.345). */
export function countLabel(count: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "es" ? "es-ES" : "en-US").format(count);
}

/** The words of an exported map besides the title, the date and the categories. */
export interface FigureLabels {
  lang: Lang;
  categories: Record<Category, string>;
  /** Heading of the legend: what is counted. */
  legendTitle: string;
  total: string;
}

const UNITS: Record<Lang, Record<"state" | "county", string>> = {
  en: { county: "Counties", state: "States and DC" },
  es: { county: "Condados", state: "Estados y DC" },
};

/** The default words for a map at `level` (the web passes the same, so both exports read alike). */
export function figureLabels(lang: Lang, level: "state" | "county"): FigureLabels {
  return {
    lang,
    categories: CATEGORY_LABELS_BY_LANG[lang],
    legendTitle: UNITS[lang][level],
    total: "Total",
  };
}
