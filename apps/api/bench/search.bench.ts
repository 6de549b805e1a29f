/**
 * Search over the whole index (every state, county and named city of the real dataset), as the
 * browser's search box runs it on each keystroke: ~200 realistic queries (full names, prefixes as
 * typed, endings, state qualifiers, accents, typos, FIPS codes, ambiguous names), each timed many
 * times. Prints the median and p95 time per query; the target is p95 <= 5 ms.
 * Run with `pnpm --filter @scomm/api bench` (never part of `test`).
 */
import { buildSearchIndex, searchEntriesOf, searchJurisdictions } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { SEARCH_QUERIES } from "./search-queries.js";

const RUNS = 25;
const LIMIT = 8;

const dataset = loadDataset();
const started = performance.now();
const index = buildSearchIndex(searchEntriesOf(dataset));
const buildMs = performance.now() - started;
console.log(`search index: ${index.entries.length} entries, ${index.keys.length} keys, built in ${buildMs.toFixed(1)} ms`);

for (const query of SEARCH_QUERIES) searchJurisdictions(index, query, LIMIT); // warm-up
const perQuery: { query: string; ms: number }[] = [];
for (const query of SEARCH_QUERIES) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    searchJurisdictions(index, query, LIMIT);
    times.push(performance.now() - start);
  }
  perQuery.push({ query, ms: median(times) });
}
const all = perQuery.map((q) => q.ms).sort((a, b) => a - b);
const p95 = all[Math.floor(all.length * 0.95)]!;
console.log(`search, ${SEARCH_QUERIES.length} queries x ${RUNS} runs: median ${ms(median(all))}, p95 ${ms(p95)}, max ${ms(all.at(-1)!)} (target p95 <= 5 ms)`);
const slowest = [...perQuery].sort((a, b) => b.ms - a.ms).slice(0, 5);
console.log(`slowest: ${slowest.map((q) => `"${q.query}" ${ms(q.ms)}`).join(", ")}`);
const top = (query: string) => searchJurisdictions(index, query, 1)[0]?.entry;
for (const query of ["arlingtn va", "dona ana", "prince georges co md", "st louis city", "06085"]) {
  const hit = top(query);
  console.log(`  "${query}" -> ${hit ? `${hit.name}, ${hit.stateCode ?? ""} (${hit.id})` : "nothing"}`);
}
console.log(`search p95 target <= 5 ms: ${p95 <= 5 ? "meets" : "MISSES"}`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}
