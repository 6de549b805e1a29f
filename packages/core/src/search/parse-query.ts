import type { SearchIndex } from "./build-index.js";
import { editDistance } from "./edit-distance.js";
import { letterMask, searchTokens } from "./normalize.js";
import { withEnglishStateNames } from "./spanish-state-names.js";
import { endingLast, splitQueryName } from "./suffixes.js";

/** One reading of the name part of a query, folded like the keys. */
export interface QueryName {
  text: string;
  tokens: readonly string[];
  /** `" " + text`: finds the query at the start of a later word. */
  spaced: string;
  mask: number;
  /** The ending the query was typed with ("county" for "co"); set only on the core reading. */
  suffix: string | null;
  role: "core" | "full";
  /** Edits a fuzzy match may use, from the query's length. */
  maxEdits: number;
}

/** The query read with a trailing state ("Arlington, VA"): its name part, searched in that state only. */
export interface StateReading {
  stateCode: string;
  /** Exact state name or code, or a misspelt state name. */
  exact: boolean;
  names: QueryName[];
}

export interface QueryPlan {
  /** Set when the query is 1-5 digits: a FIPS code or the start of one. */
  fips: string | null;
  /** The whole query as a name. */
  names: QueryName[];
  inState: StateReading[];
  /** The whole query is a state's name or postal code: states go first among equal scores. */
  isStateName: boolean;
}

const MAX_STATE_WORDS = 3;

/** Spanish is read as English first: state names translated, an ending written before the name moved after it. */
export function parseQuery(index: SearchIndex, query: string): QueryPlan {
  const tokens = withEnglishStateNames(searchTokens(query));
  const plan: QueryPlan = { fips: null, names: [], inState: [], isStateName: false };
  if (tokens.length === 0) return plan;
  const whole = tokens.join(" ");
  if (/^\d{1,5}$/.test(whole)) return { ...plan, fips: whole };
  plan.names = readings(tokens);
  plan.isStateName = index.stateWords.has(whole);
  for (let k = 1; k <= Math.min(MAX_STATE_WORDS, tokens.length - 1); k++) {
    const tail = tokens.slice(-k).join(" ");
    const state = stateOf(index, tail);
    if (state) plan.inState.push({ ...state, names: readings(tokens.slice(0, -k)) });
  }
  return plan;
}

function stateOf(index: SearchIndex, words: string): { stateCode: string; exact: boolean } | null {
  const code = index.stateWords.get(words);
  if (code !== undefined) return { stateCode: code, exact: true };
  if (words.length < 6) return null;
  const near = index.stateNames.find(([name]) => editDistance(words, name, 1) <= 1);
  return near ? { stateCode: near[1], exact: false } : null;
}

/**
 * The name as typed and, when it ends in "county", "parish", "co" ..., without that ending. Then
 * only the core reading allows typos: the ending adds letters every county has, which would let a
 * typo-tolerant whole reading near every "... County".
 */
function readings(typed: string[]): QueryName[] {
  const tokens = endingLast(typed);
  const { core, suffix } = splitQueryName(tokens);
  if (suffix === null) return [reading(tokens, null, "full", true)];
  return [reading(tokens, null, "full", false), reading(core, suffix, "core", true)];
}

function reading(tokens: string[], suffix: string | null, role: QueryName["role"], typos: boolean): QueryName {
  const text = tokens.join(" ");
  const maxEdits = typos ? maxEditsFor(text) : 0;
  return { text, tokens, spaced: ` ${text}`, mask: letterMask(text), suffix, role, maxEdits };
}

/** No typos under 4 letters ("va" is Virginia, not "vt"), then one per ~4 letters, at most 3. */
export function maxEditsFor(text: string): number {
  if (text.length < 4) return 0;
  if (text.length < 8) return 1;
  if (text.length < 13) return 2;
  return 3;
}
