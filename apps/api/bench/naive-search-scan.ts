/**
 * The search bench's baseline: what a search box does without an index. Each query is folded (accents,
 * case, apostrophes, "&", punctuation) and compared by a plain bounded Levenshtein distance with every
 * entry's folded name, no prefilter (no first-letter, letter-set or length check); the closest `limit`
 * names win. Entry names are folded once up front, as any implementation would.
 */
import { foldText, type SearchEntry } from "@scomm/core";

export interface NaiveScanIndex {
  entries: readonly SearchEntry[];
  names: readonly string[];
}

/** Edits allowed: a quarter of the query's length, at least 1, at most 3 (close to the index's rule). */
const maxEdits = (query: string) => Math.min(3, Math.max(1, Math.floor(query.length / 4)));

/** The same folding the index uses (core's `foldText`): the baseline differs only in having no index. */
export const foldName = foldText;

export function naiveScanIndex(entries: readonly SearchEntry[]): NaiveScanIndex {
  return { entries, names: entries.map((e) => foldName(e.name)) };
}

export function naiveScan(index: NaiveScanIndex, query: string, limit: number): SearchEntry[] {
  const folded = foldName(query);
  const max = maxEdits(folded);
  const hits: { i: number; d: number }[] = [];
  index.names.forEach((name, i) => {
    const d = levenshtein(folded, name, max);
    if (d <= max) hits.push({ i, d });
  });
  return hits
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((h) => index.entries[h.i]!);
}

/** Full-table Levenshtein, returning `max + 1` once a whole row exceeds `max`. */
export function levenshtein(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [previous, row] = [row, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}
