import { foldText, letterMask, searchTokens } from "./normalize.js";
import { withKnownPlaces } from "./entries.js";
import type { SearchEntry } from "./search-entry.js";
import { splitEntryName } from "./suffixes.js";

/** One way to find an entry, folded ahead of time so a query only compares strings. */
export interface SearchKey {
  /** Position of the entry in `SearchIndex.entries`. */
  entry: number;
  /** Folded words joined by one space. */
  text: string;
  tokens: readonly string[];
  mask: number;
  /**
   * "core": the name without its ending (suffix holds the ending); "full": the whole name;
   * "code": a state's postal code, matched only exactly.
   */
  role: "core" | "full" | "code";
  suffix: string | null;
  /** What a hit reports as `matched`. */
  label: string;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
  keys: readonly SearchKey[];
  /** The keys of entries lying in each state, by postal code: where a state-qualified query looks. */
  keysByState: ReadonlyMap<string, readonly SearchKey[]>;
  /** Folded state names and lower-case postal codes -> postal code, read from the entries. */
  stateWords: ReadonlyMap<string, string>;
  /** Folded state names with their postal codes, for misspelt qualifiers. */
  stateNames: readonly (readonly [name: string, code: string])[];
}

/** Precomputes every entry's folded keys, with the known places added; build once, query many times. */
export function buildSearchIndex(given: readonly SearchEntry[]): SearchIndex {
  const entries = withKnownPlaces(given);
  const keys: SearchKey[] = [];
  const keysByState = new Map<string, SearchKey[]>();
  const stateWords = new Map<string, string>();
  entries.forEach((entry, i) => {
    const own = keysOf(entry, i);
    keys.push(...own);
    const code = entry.stateCode?.toUpperCase();
    if (code === undefined) return;
    const inState = keysByState.get(code) ?? [];
    if (inState.length === 0) keysByState.set(code, inState);
    inState.push(...own);
    stateWords.set(code.toLowerCase(), code);
    if (entry.stateName) stateWords.set(searchTokens(entry.stateName).join(" "), code);
  });
  const stateNames = [...stateWords].filter(([word]) => word.length > 2);
  return { entries, keys, keysByState, stateWords, stateNames };
}

function keysOf(entry: SearchEntry, i: number): SearchKey[] {
  const tokens = searchTokens(entry.name);
  if (tokens.length === 0) return [];
  const { core, suffix } = splitEntryName(entry, tokens);
  const keys = [key(i, core, "core", suffix, entry.name)];
  if (core.length < tokens.length) keys.push(key(i, tokens, "full", null, entry.name));
  if (entry.kind === "state" && entry.stateCode) {
    keys.push(key(i, [foldText(entry.stateCode)], "code", null, entry.stateCode));
  }
  return keys;
}

function key(entry: number, tokens: string[], role: SearchKey["role"], suffix: string | null, label: string): SearchKey {
  const text = tokens.join(" ");
  return { entry, text, tokens, mask: letterMask(text), role, suffix, label };
}
