import { todayIso, type Event, type IsoDate } from "@scomm/core";
import { countyFipsFromAtlas } from "../atlas.js";
import { buildDataset } from "../build.js";
import { differingFields } from "../event-content.js";
import { EVENT_FILE_NAMES, parseDatasetTexts, SPANISH_FILE_NAME, type DatasetTexts, type EventFileName } from "../files.js";
import type { CheckContext } from "../located-event.js";
import { formatProblem } from "../problem.js";
import { isRosterEventId } from "../roster-events.js";
import { activationRecords, stateActivationRecords } from "./roster-rows.js";
import { toRawEvent } from "./researched-rows.js";
import { csvRecords, layoutOf, writeCsv, writeJson } from "./text-layout.js";

export interface ExportOptions {
  /** The reader's calendar date for the checks the written files must pass; today by default. */
  today?: IsoDate;
  countyFips?: ReadonlySet<string>;
}

/** The record cannot be written as files that read back as the same record: nothing should be written. */
export class ExportError extends Error {
  override name = "ExportError";
  constructor(readonly problems: readonly string[]) {
    super(`the record cannot be written to the dataset files as it is:\n${problems.join("\n")}`);
  }
}

/**
 * The published record as the dataset's files, written the way `previous` (the files as they are) writes them:
 * same files, rows in the same places, same key order, indent and line ends, so an unchanged record gives the
 * same bytes. A new researched event goes at the end of the file for its period. The files are read back with
 * every check of `pnpm data:check` and must give exactly `events`; otherwise ExportError lists why not.
 * population.csv is not the record's (jurisdictions follow the dataset) and is returned as it was.
 */
export function exportDatasetFiles(events: readonly Event[], previous: DatasetTexts, options: ExportOptions = {}): DatasetTexts {
  const ctx: CheckContext = { countyFips: options.countyFips ?? countyFipsFromAtlas(), today: options.today ?? todayIso() };
  const roster = new Map(events.filter((e) => isRosterEventId(e.id)).map((e) => [e.id, e]));
  const researched = events.filter((e) => !isRosterEventId(e.id));
  const activations = activationRecords(csvRecords(previous["sc-activations.csv"]), roster);
  const states = stateActivationRecords(csvRecords(previous["sc-state-activations.csv"]), roster, activations);
  const texts: DatasetTexts = {
    ...previous,
    ...researchedFiles(researched, previous, ctx),
    "sc-activations.csv": writeCsv(activations, layoutOf(previous["sc-activations.csv"])),
    "sc-state-activations.csv": writeCsv(states, layoutOf(previous["sc-state-activations.csv"])),
    [SPANISH_FILE_NAME]: spanishFile(researched, previous[SPANISH_FILE_NAME]),
  };
  const problems = roundTripProblems(events, texts, ctx);
  if (problems.length > 0) throw new ExportError(problems);
  return texts;
}

/** Where a new researched event is written: the delivery of events from 2025 on, or the one of earlier events. */
export function fileForNewEvent(event: Event): EventFileName {
  return event.date >= "2025-01-01" ? "sc-events-2025-2026.json" : "sc-events-missing-before-2025.json";
}

function researchedFiles(events: readonly Event[], previous: DatasetTexts, ctx: CheckContext) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const placed = new Set<string>();
  const rows = new Map<EventFileName, unknown[]>();
  for (const name of EVENT_FILE_NAMES) {
    const old = JSON.parse(previous[name]) as { id?: unknown }[];
    const kept = old.flatMap((row) => {
      const event = byId.get(String(row.id));
      if (event) placed.add(event.id);
      return event ? [toRawEvent(event, row, ctx)] : [];
    });
    rows.set(name, kept);
  }
  for (const event of events) if (!placed.has(event.id)) rows.get(fileForNewEvent(event))?.push(toRawEvent(event, undefined, ctx));
  return Object.fromEntries(EVENT_FILE_NAMES.map((name) => [name, writeJson(rows.get(name), layoutOf(previous[name]))]));
}

/** sc-events-es.json: entries in their old order, new ones at the end; an event without Spanish text has none. */
function spanishFile(events: readonly Event[], previousText: string): string {
  const spanish = new Map(
    events.flatMap((e) => (e.actorEs && e.summaryEs ? [[e.id, { actor: e.actorEs, summary: e.summaryEs }] as const] : [])),
  );
  const previousIds = Object.keys(JSON.parse(previousText) as object);
  const ids = [...previousIds.filter((id) => spanish.has(id)), ...[...spanish.keys()].filter((id) => !previousIds.includes(id))];
  return writeJson(Object.fromEntries(ids.map((id) => [id, spanish.get(id)])), layoutOf(previousText));
}

/** What keeps the written files from reading back, by data:check's rules, as exactly the record. */
function roundTripProblems(events: readonly Event[], texts: DatasetTexts, ctx: CheckContext): string[] {
  const { dataset, problems } = buildDataset(parseDatasetTexts(texts), ctx);
  const found = problems.map(formatProblem);
  const readBack = new Map(dataset.events.map((e) => [e.id, e]));
  for (const event of events) {
    const back = readBack.get(event.id);
    const fields = back ? differingFields(event, back) : [];
    if (!back) found.push(`event ${event.id}: the files cannot hold it`);
    else if (fields.length > 0) found.push(`event ${event.id}: the files cannot hold its ${fields.join(", ")} as the record has them`);
    readBack.delete(event.id);
  }
  for (const id of readBack.keys()) found.push(`event ${id}: the files make it, but the record does not have it (retracted)`);
  return found;
}
