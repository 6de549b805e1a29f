import uFuzzy from "@leeoniya/ufuzzy";
import type { SearchEntry } from "@scomm/core";

/**
 * The library we weighed against our own search (issue #11): uFuzzy over "<name>, <state>" per entry, with one
 * typo allowed per word (intraMode 1), words in any order, accents folded on both sides (its `latinize`), its
 * own ranking. Bench only, never shipped.
 */
export interface UFuzzyIndex {
  entries: readonly SearchEntry[];
  haystack: string[];
  fuzzy: uFuzzy;
}

export function uFuzzyIndex(entries: readonly SearchEntry[]): UFuzzyIndex {
  const haystack = entries.map((e) =>
    e.stateName && e.kind !== "state" ? `${e.name}, ${e.stateName} ${e.stateCode}` : `${e.name} ${e.stateCode ?? ""}`,
  );
  return { entries, haystack: uFuzzy.latinize(haystack), fuzzy: new uFuzzy({ intraMode: 1 }) };
}

export function uFuzzySearch(index: UFuzzyIndex, query: string, limit: number): SearchEntry[] {
  const [idxs, info, order] = index.fuzzy.search(index.haystack, uFuzzy.latinize([query])[0]!, 3);
  if (!idxs) return [];
  const ranked = info && order ? order.map((o) => info.idx[o]!) : idxs;
  return ranked.slice(0, limit).map((i) => index.entries[i]!);
}
