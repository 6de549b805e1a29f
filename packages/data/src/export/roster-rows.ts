import type { Event } from "@scomm/core";
import { stateByCode, stateByFips } from "../states.js";

/**
 * The roster's events back into its two CSVs. Only a date can change there: the rest of each event is phrased
 * from the row (roster-events.ts), so a change the row cannot hold shows up when the written files are read
 * back (export-files.ts compares them). A row keeps its place and its other cells; a county or state whose
 * event is new is added at the end, and one whose event is gone loses its row.
 */
export function activationRecords(previous: readonly string[][], events: ReadonlyMap<string, Event>): string[][] {
  const [header = [], ...rows] = previous;
  const written = new Set<string>();
  const records = rows.flatMap(([fips = "", state = "", county = "", , source = ""]) => {
    const event = events.get(`act-${fips}`);
    written.add(fips);
    return event ? [[fips, state, county, event.date, source]] : [];
  });
  for (const [id, event] of events) {
    const fips = id.slice("act-".length);
    if (!id.startsWith("act-") || written.has(fips)) continue;
    records.push([fips, stateByFips.get(fips.slice(0, 2))?.code ?? "", event.placeName, event.date, "VNA2026"]);
  }
  return [header, ...records];
}

/** sc-state-activations.csv: each state's first county activation (from the activation records) and its full one. */
export function stateActivationRecords(
  previous: readonly string[][],
  events: ReadonlyMap<string, Event>,
  activations: readonly string[][],
): string[][] {
  const [header = [], ...rows] = previous;
  const firstOf = new Map<string, string>();
  for (const [, state = "", , date = ""] of activations.slice(1)) {
    const first = firstOf.get(state);
    if (first === undefined || date < first) firstOf.set(state, date);
  }
  const record = (code: string, event: Event, source: string) => [code, firstOf.get(code) ?? event.date, event.date, source];
  const written = new Set<string>();
  const records = rows.flatMap(([code = "", , , source = "VNA2026"]) => {
    written.add(code);
    const event = events.get(`full-${stateByCode.get(code)?.fips}`);
    return event ? [record(code, event, source)] : [];
  });
  for (const [id, event] of events) {
    const code = stateByFips.get(id.slice("full-".length))?.code;
    if (id.startsWith("full-") && code && !written.has(code)) records.push(record(code, event, "VNA2026"));
  }
  return [header, ...records];
}
