import type { SearchEntry } from "./search-entry.js";

/** A name split into its core words and the kind of place its last words name ("county", ...). */
export interface SplitName {
  core: string[];
  suffix: string | null;
}

/**
 * Endings of county-equivalent names (longest first), each with the shorthands people type and the
 * Spanish word written before the name ("condado de Cook"). Entries are split on the full words only;
 * queries on the shorthands and the Spanish forms too ("santa clara co").
 */
const SUFFIXES: readonly { suffix: string; typed: readonly string[]; spanish?: string }[] = [
  { suffix: "city and borough", typed: [] },
  { suffix: "census area", typed: [] },
  { suffix: "planning region", typed: [] },
  { suffix: "municipality", typed: ["muni"], spanish: "municipio" },
  { suffix: "municipio", typed: [] },
  { suffix: "borough", typed: ["boro", "bor"] },
  { suffix: "county", typed: ["co", "cnty", "cty"], spanish: "condado" },
  { suffix: "parish", typed: ["par"], spanish: "parroquia" },
  { suffix: "city", typed: [], spanish: "ciudad" },
  { suffix: "state", typed: [], spanish: "estado" },
];

/**
 * A state's name has no ending (it is marked "state" so "washington state" prefers it). A county's
 * "city" is an ending only when written in lower case, as the Census writes independent cities
 * ("Baltimore city", "St. Louis city"); "Carson City" and "New York City" keep it as a word.
 */
export function splitEntryName(entry: Pick<SearchEntry, "kind" | "name">, tokens: string[]): SplitName {
  if (entry.kind === "state") return { core: tokens, suffix: "state" };
  for (const { suffix } of SUFFIXES) {
    if (suffix === "state") continue;
    if (suffix === "city" && !/ city$/.test(entry.name)) continue;
    const split = trySuffix(tokens, suffix, suffix);
    if (split) return split;
  }
  return { core: tokens, suffix: null };
}

/**
 * A Spanish ending written before the name moved after it, in English: "condado de cook" -> "cook
 * county", "la parroquia de orleans" -> "orleans parish". Other queries come back as they are.
 */
export function endingLast(tokens: string[]): string[] {
  const start = tokens[0] === "el" || tokens[0] === "la" ? 1 : 0;
  const ending = SUFFIXES.find((s) => s.spanish === tokens[start]);
  if (!ending || tokens[start + 1] !== "de" || tokens.length <= start + 2) return tokens;
  return [...tokens.slice(start + 2), ...ending.suffix.split(" ")];
}

/** The ending a query was typed with, if any, leaving at least one word. */
export function splitQueryName(tokens: string[]): SplitName {
  for (const { suffix, typed } of SUFFIXES) {
    for (const form of [suffix, ...typed]) {
      const split = trySuffix(tokens, form, suffix);
      if (split) return split;
    }
  }
  return { core: tokens, suffix: null };
}

function trySuffix(tokens: string[], form: string, suffix: string): SplitName | null {
  const words = form.split(" ");
  if (tokens.length <= words.length) return null;
  const start = tokens.length - words.length;
  for (let i = 0; i < words.length; i++) if (tokens[start + i] !== words[i]) return null;
  return { core: tokens.slice(0, start), suffix };
}
