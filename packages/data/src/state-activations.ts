import type { IsoDate } from "@scomm/core";
import type { Activation } from "./activations.js";
import { readCsv } from "./csv.js";
import { EARLIEST_EVENT_DATE, eventDateProblem } from "./date-rules.js";
import type { CheckContext } from "./located-event.js";
import type { ProblemLog } from "./problem.js";
import { STATES, stateByCode, type StateRef } from "./states.js";

const FILE = "sc-state-activations.csv";
const COLUMNS = ["state", "first_activation_date", "full_activation_date", "source"] as const;

/** One state's row: when its first county was activated and when all of them were. */
export interface StateActivation {
  row: number;
  state: StateRef;
  firstDate: IsoDate;
  fullDate: IsoDate;
}

/**
 * Reads sc-state-activations.csv: one row per state and DC, whose dates must be the earliest and
 * the latest county activation of that state in the roster (SOURCES.md: so they are derived).
 */
export function readStateActivations(
  text: string,
  activations: readonly Activation[],
  ctx: CheckContext,
  log: ProblemLog,
): StateActivation[] {
  const result: StateActivation[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, cells } of readCsv(FILE, text, COLUMNS, log)) {
    const report = (field: string, reason: string | null) => log.check(FILE, row, field, reason);
    const before = log.problems.length;
    const state = stateByCode.get(cells.state);
    const first = rowOf.get(cells.state);
    if (!state) report("state", `${cells.state} is not the postal code of a state or DC`);
    else if (first !== undefined) report("state", `${cells.state} already has a row (row ${first})`);
    else rowOf.set(cells.state, row);
    for (const field of ["first_activation_date", "full_activation_date"] as const) {
      report(field, eventDateProblem(cells[field], EARLIEST_EVENT_DATE, ctx.today, "an activation"));
    }
    if (cells.source !== "VNA2026") report("source", `${cells.source} is not the source id VNA2026`);
    if (!state || log.problems.length > before) continue;
    const dates = activations
      .filter((a) => a.stateCode === state.code)
      .map((a) => a.date)
      .sort();
    report("first_activation_date", rosterMismatch(cells.first_activation_date, dates[0], "earliest", state));
    report("full_activation_date", rosterMismatch(cells.full_activation_date, dates.at(-1), "latest", state));
    if (log.problems.length === before) {
      result.push({ row, state, firstDate: cells.first_activation_date, fullDate: cells.full_activation_date });
    }
  }
  for (const state of STATES) {
    if (!rowOf.has(state.code)) log.at(FILE, null, "state", `${state.code} (${state.name}) has no row`);
  }
  return result;
}

function rosterMismatch(date: IsoDate, rosterDate: IsoDate | undefined, which: string, state: StateRef) {
  if (rosterDate === undefined) return `${state.code} has no county activations in sc-activations.csv`;
  if (date === rosterDate) return null;
  return `${date} differs from the ${which} county activation of ${state.code} in sc-activations.csv (${rosterDate})`;
}
