import type { SearchIndex, SearchKey } from "./build-index.js";
import { parseQuery, type QueryName, type QueryPlan } from "./parse-query.js";
import { keyScore, SCORE } from "./score.js";
import { standsForCounty, type SearchEntry, type SearchHit } from "./search-entry.js";

/**
 * The entries best matching a free-text query, best first: a name with or without its ending, with
 * or without a trailing state ("Arlington, VA"), a FIPS code, a state's postal code, with typos.
 * Each entry appears once, with its best reading of the query. README.md gives the ranking rules.
 */
export function searchJurisdictions(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  if (limit <= 0) return [];
  const plan = parseQuery(index, query);
  const found = new Map<number, SearchHit>();
  const fips = plan.fips;
  if (fips !== null) {
    index.entries.forEach((entry, i) => {
      if (!entry.id.startsWith(fips)) return;
      // A FIPS names the county: its cities and boroughs follow it, known or not.
      const onCounty = standsForCounty(entry) ? SCORE.city : 0;
      offer(found, i, entry, (entry.id === fips ? SCORE.exact : SCORE.prefix) + onCounty, entry.id);
    });
  } else {
    scan(index, found, index.keys, plan.names, 0);
    for (const reading of plan.inState) {
      const bonus = reading.exact ? SCORE.inState : SCORE.inNearState;
      scan(index, found, index.keysByState.get(reading.stateCode) ?? [], reading.names, bonus);
    }
  }
  return [...found.values()].sort(ranking(plan)).slice(0, limit);
}

function scan(
  index: SearchIndex,
  found: Map<number, SearchHit>,
  keys: readonly SearchKey[],
  names: readonly QueryName[],
  bonus: number,
): void {
  // An entry's keys sit together; once one matches without typos, typos cannot beat it.
  let entry = -1;
  let entryBest = 0;
  for (const key of keys) {
    if (key.entry !== entry) [entry, entryBest] = [key.entry, 0];
    let best = 0;
    for (const name of names) best = Math.max(best, keyScore(name, key, entryBest < SCORE.innerWord));
    if (best === 0) continue;
    entryBest = Math.max(entryBest, best);
    const entryOf = index.entries[key.entry]!;
    offer(found, key.entry, entryOf, best + bonus + nameAdjustment(entryOf, best), key.label);
  }
}

/**
 * The place most people mean comes first when its whole name is typed (with or without an ending);
 * a city or borough otherwise after its county.
 */
function nameAdjustment(entry: SearchEntry, score: number): number {
  if (entry.known) return score >= SCORE.exact + SCORE.otherSuffix ? SCORE.known : 0;
  return standsForCounty(entry) ? SCORE.city : 0;
}

function offer(found: Map<number, SearchHit>, i: number, entry: SearchEntry, score: number, matched: string): void {
  const current = found.get(i);
  if (current === undefined || score > current.score) found.set(i, { entry, score, matched });
}

/** Score; then states first if the query is a state's name; then population; then name, state, id. */
function ranking(plan: QueryPlan): (a: SearchHit, b: SearchHit) => number {
  const kindRank = (e: SearchEntry) => (plan.isStateName && e.kind === "state" ? 0 : 1);
  return (a, b) =>
    b.score - a.score ||
    kindRank(a.entry) - kindRank(b.entry) ||
    (b.entry.population ?? -1) - (a.entry.population ?? -1) ||
    compareText(a.entry.name, b.entry.name) ||
    compareText(a.entry.stateName ?? "", b.entry.stateName ?? "") ||
    compareText(a.entry.id, b.entry.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
