import type { Event } from "@scomm/core";
import { stateByCode, stateByFips } from "../states.js";

/**
 * The roster's events back into its two CSVs. Only a date can change there: the rest of each event is phrased
 * from the row (roster-events.ts), so a change the row cannot hold shows up when the written files are read
 * back (export-files.ts compares them). A row keeps its place and its other cells; a county or state whose
 * event is new is added at the end, and one whose event is gone loses its row.
 */
export function activationLines(previousLines: readonly string[], events: ReadonlyMap<string, Event>): string[] {
  const [header = "", ...rows] = previousLines;
  const written = new Set<string>();
  const lines = rows.flatMap((line) => {
    const [fips = "", state, county, , source] = line.split(",");
    const event = events.get(`act-${fips}`);
    written.add(fips);
    return event ? [[fips, state, county, event.date, source].join(",")] : [];
  });
  for (const [id, event] of events) {
    const fips = id.slice("act-".length);
    if (!id.startsWith("act-") || written.has(fips)) continue;
    lines.push([fips, stateByFips.get(fips.slice(0, 2))?.code ?? "", event.placeName, event.date, "VNA2026"].join(","));
  }
  return [header, ...lines];
}

/** sc-state-activations.csv: each state's first county activation (from the activation lines) and its full one. */
export function stateActivationLines(previousLines: readonly string[], events: ReadonlyMap<string, Event>, activations: readonly string[]): string[] {
  const [header = "", ...rows] = previousLines;
  const firstOf = new Map<string, string>();
  for (const line of activations.slice(1)) {
    const [, state = "", , date = ""] = line.split(",");
    const first = firstOf.get(state);
    if (first === undefined || date < first) firstOf.set(state, date);
  }
  const line = (code: string, event: Event, source: string) => [code, firstOf.get(code) ?? event.date, event.date, source].join(",");
  const written = new Set<string>();
  const lines = rows.flatMap((row) => {
    const [code = "", , , source = "VNA2026"] = row.split(",");
    written.add(code);
    const event = events.get(`full-${stateByCode.get(code)?.fips}`);
    return event ? [line(code, event, source)] : [];
  });
  for (const [id, event] of events) {
    const code = stateByFips.get(id.slice("full-".length))?.code;
    if (id.startsWith("full-") && code && !written.has(code)) lines.push(line(code, event, "VNA2026"));
  }
  return [header, ...lines];
}
