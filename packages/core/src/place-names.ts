import { spanishStateName } from "./search/spanish-state-names.js";

/** The languages the record is read in. */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The Spanish forms of the Census names' kinds of county, as Spanish-language U.S. sources write them
 * ("Condado de Cook", "Parroquia de Orleans"). Kinds without a settled Spanish form (Alaska's boroughs)
 * keep the English name.
 */
const SPANISH_KINDS: readonly [englishSuffix: string, spanishPrefix: string][] = [
  [" County", "Condado de "],
  [" Parish", "Parroquia de "],
  [" city", "Ciudad de "],
  [" Census Area", "Área censal de "],
  [" Municipality", "Municipio de "],
];

/** A jurisdiction's name as a reader of `lang` writes it: "Cook County" is "Condado de Cook" in Spanish. */
export function placeName(name: string, lang: Lang): string {
  if (lang === "en") return name;
  const kind = SPANISH_KINDS.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length);
  return kind ? `${kind[1]}${name.slice(0, -kind[0].length)}` : spanishStateName(name);
}
