import type { SearchKey } from "./build-index.js";
import { editDistance, prefixEditDistance } from "./edit-distance.js";
import { bitCount } from "./normalize.js";
import type { QueryName } from "./parse-query.js";

/** The scale of a hit's score (README.md): tiers far apart, adjustments small. */
export const SCORE = {
  exact: 100,
  prefix: 80,
  /** Each typed word starts the name's word at the same place: "santa cl co". */
  wordsPrefix: 75,
  /** The query starts a later word of the name: "clara". */
  innerWord: 65,
  /** Whole-name typo: 50 less `perEdit` per edit. */
  fuzzy: 50,
  /** Typo within the start of the name: 40 less `perEdit` per edit. */
  fuzzyPrefix: 40,
  perEdit: 10,
  /** The query's ending ("county", "parish", "city", "state") agrees with the entry's, or not. */
  sameSuffix: 4,
  otherSuffix: -4,
  /** The entry lies in the state the query names exactly, or a misspelt state name. */
  inState: 10,
  inNearState: 8,
  /** A city stands for its county: equally good city names come after the county's. */
  city: -1,
  /** The place most people mean (known-places.ts) with its whole name typed, instead of `city`: "miami". */
  known: 1,
} as const;

/**
 * How well one reading of the query matches one key; 0 for no match. `typos` false skips the
 * fuzzy tiers (the caller already holds a better match for the entry).
 */
export function keyScore(q: QueryName, key: SearchKey, typos: boolean): number {
  if (key.role === "code") return q.text === key.text ? SCORE.exact : 0;
  if (q.role === "core" && key.role !== "core") return 0;
  const score = textScore(q, key, typos);
  if (score === 0 || q.suffix === null) return score;
  return score + (q.suffix === key.suffix ? SCORE.sameSuffix : SCORE.otherSuffix);
}

function textScore(q: QueryName, key: SearchKey, typos: boolean): number {
  if (key.text === q.text) return SCORE.exact;
  if (key.text.startsWith(q.text)) return SCORE.prefix;
  if (wordsPrefix(q.tokens, key.tokens)) return SCORE.wordsPrefix;
  if (key.role === "core" && q.text.length >= 3 && key.text.includes(q.spaced)) return SCORE.innerWord;
  return typos ? fuzzyScore(q, key) : 0;
}

function wordsPrefix(typed: readonly string[], words: readonly string[]): boolean {
  if (typed.length < 2 || typed.length > words.length) return false;
  return typed.every((t, i) => words[i]!.startsWith(t));
}

/**
 * Typos, after cheap filters: the first letter (kept, or swapped with the second: a wrong first
 * letter is not forgiven), the letter set (each letter of the query missing from the name costs
 * an edit), and the lengths (inside edit-distance.ts).
 */
function fuzzyScore(q: QueryName, key: SearchKey): number {
  const max = q.maxEdits;
  if (max === 0 || !sameStart(q.text, key.text) || bitCount(q.mask & ~key.mask) > max) return 0;
  const whole = editDistance(q.text, key.text, max);
  if (whole <= max) return SCORE.fuzzy - SCORE.perEdit * whole;
  const start = prefixEditDistance(q.text, key.text, max);
  return start <= max ? SCORE.fuzzyPrefix - SCORE.perEdit * start : 0;
}

function sameStart(typed: string, name: string): boolean {
  const first = typed.charCodeAt(0);
  return first === name.charCodeAt(0) || first === name.charCodeAt(1) || typed.charCodeAt(1) === name.charCodeAt(0);
}
