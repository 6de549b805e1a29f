import type { IsoDate } from "@scomm/core";
import { readCsv } from "./csv.js";
import { EARLIEST_EVENT_DATE, eventDateProblem } from "./date-rules.js";
import type { CheckContext } from "./located-event.js";
import type { ProblemLog } from "./problem.js";
import { stateByCode, stateByFips } from "./states.js";

const FILE = "sc-activations.csv";
const COLUMNS = ["fips", "state", "county", "activation_date", "source"] as const;
/** Source ids the roster may cite, both described in SOURCES.md. */
export const ROSTER_SOURCE_IDS = ["VNA2026", "VNA2026-geo"] as const;

/** One county's row of the activation roster. */
export interface Activation {
  row: number;
  fips: string;
  stateCode: string;
  county: string;
  date: IsoDate;
  source: (typeof ROSTER_SOURCE_IDS)[number];
}

/** Reads sc-activations.csv: exactly one well-formed row for every us-atlas county. */
export function readActivations(text: string, ctx: CheckContext, log: ProblemLog): Activation[] {
  const activations: Activation[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, cells } of readCsv(FILE, text, COLUMNS, log)) {
    const report = (field: string, reason: string | null) => log.check(FILE, row, field, reason);
    const { fips, state, county, activation_date: date, source } = cells;
    const before = log.problems.length;
    const first = rowOf.get(fips);
    if (first !== undefined) report("fips", `${fips} already has an activation on row ${first}`);
    else if (!ctx.countyFips.has(fips)) report("fips", `${fips} is not a county FIPS code in us-atlas 3.0.1`);
    else rowOf.set(fips, row);
    report("state", stateProblem(fips, state));
    if (county === "") report("county", "the county has no name");
    report("activation_date", eventDateProblem(date, EARLIEST_EVENT_DATE, ctx.today, "an activation"));
    const sourceId = ROSTER_SOURCE_IDS.find((id) => id === source);
    if (!sourceId) report("source", `${source} is not a source id described in SOURCES.md`);
    if (sourceId && log.problems.length === before) {
      activations.push({ row, fips, stateCode: state, county, date, source: sourceId });
    }
  }
  for (const fips of [...ctx.countyFips].sort()) {
    if (!rowOf.has(fips)) log.at(FILE, null, "fips", `county ${fips} (in us-atlas 3.0.1) has no activation row`);
  }
  return activations;
}

function stateProblem(fips: string, code: string): string | null {
  if (!stateByCode.has(code)) return `${code} is not the postal code of a state or DC`;
  const state = stateByFips.get(fips.slice(0, 2));
  if (state && state.code !== code) return `county ${fips} lies in ${state.code}, not ${code}`;
  return null;
}
