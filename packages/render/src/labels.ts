import { CATEGORY_LABELS, type Category, type Lang } from "@scomm/core";

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
