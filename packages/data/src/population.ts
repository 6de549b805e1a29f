import { readCsv } from "./csv.js";
import type { CheckContext } from "./located-event.js";
import type { ProblemLog } from "./problem.js";
import { STATES, stateByFips } from "./states.js";

const FILE = "population.csv";
const ESTIMATES = ["est2010", "est2011", "est2012", "est2013", "est2014", "est2015", "est2016", "est2017", "est2018", "est2019"] as const;
const COLUMNS = ["fips", "level", "state_name", "name", "census2010", ...ESTIMATES] as const;

/** A state's or county's Census name and its April 2010 census count. */
export interface PopulationRow {
  name: string;
  census2010: number;
}

/**
 * Reads population.csv into a map by FIPS. Its states must be the 51 and its counties the us-atlas
 * ones, each exactly once; a mismatch either way is a problem.
 */
export function readPopulation(text: string, ctx: CheckContext, log: ProblemLog): Map<string, PopulationRow> {
  const byFips = new Map<string, PopulationRow>();
  const seen = new Set<string>();
  for (const { row, cells } of readCsv(FILE, text, COLUMNS, log)) {
    const report = (field: string, reason: string | null) => log.check(FILE, row, field, reason);
    const before = log.problems.length;
    if (seen.has(cells.fips)) report("fips", `${cells.fips} already has a row`);
    seen.add(cells.fips);
    const place = placeProblem(cells, ctx);
    if (place) report(place.field, place.reason);
    if (!/^\d+$/.test(cells.census2010)) report("census2010", `${cells.census2010} is not a count of people`);
    if (cells.name === "") report("name", "the place has no name");
    if (log.problems.length === before) byFips.set(cells.fips, { name: cells.name, census2010: Number(cells.census2010) });
  }
  for (const fips of [...STATES.map((s) => s.fips), ...[...ctx.countyFips].sort()]) {
    if (!seen.has(fips)) log.at(FILE, null, "fips", `${fips} has no population row`);
  }
  return byFips;
}

type Cells = Record<"fips" | "level" | "state_name", string>;

function placeProblem({ fips, level, state_name: stateName }: Cells, ctx: CheckContext) {
  const state = stateByFips.get(fips.slice(0, 2));
  if (level === "state" && (fips.length !== 2 || !state)) {
    return { field: "fips", reason: `${fips} is not the FIPS code of a state or DC` };
  }
  if (level === "county" && !ctx.countyFips.has(fips)) {
    return { field: "fips", reason: `${fips} is not a county FIPS code in us-atlas 3.0.1` };
  }
  if (level !== "state" && level !== "county") return { field: "level", reason: `${level} is neither state nor county` };
  if (state && stateName !== state.name) {
    return { field: "state_name", reason: `${stateName} is not the name of state ${state.fips} (${state.name})` };
  }
  return null;
}
