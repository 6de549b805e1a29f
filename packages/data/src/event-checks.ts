import { eventSchema, type Event } from "@scomm/core";
import type { LocatedEvent } from "./located-event.js";
import type { ProblemLog } from "./problem.js";
import { rowField } from "./raw-event.js";

/**
 * Every event id once, across both events files and the ids generated from the roster.
 * `events` lists researched events before generated ones; a researched id that clashes with a
 * generated one is reported on the researched row, since that is the one to rename.
 */
export function checkUniqueIds(events: readonly LocatedEvent[], log: ProblemLog): void {
  const first = new Map<string, LocatedEvent>();
  for (const later of events) {
    const { id } = later.event;
    const earlier = first.get(id);
    if (!earlier) first.set(id, later);
    else if (isGenerated(later) && !isGenerated(earlier)) {
      const reason = `${id} is also the id of the event generated from ${where(later)}`;
      log.at(earlier.origin.file, earlier.origin.row, "id", reason);
    } else log.at(later.origin.file, later.origin.row, "id", `${id} is also the id of ${where(earlier)}`);
  }
}

function isGenerated({ origin }: LocatedEvent): boolean {
  return origin.file === "sc-activations.csv" || origin.file === "sc-state-activations.csv";
}

function where({ origin }: LocatedEvent): string {
  return `${origin.file} row ${origin.row}`;
}

/** Core Event field -> the column of the CSV an event was generated from. */
const CSV_FIELDS: Record<string, string> = {
  id: "fips",
  jurisdictionIds: "fips",
  placeName: "county",
  date: "activation_date",
};
/** Core Event field -> the field of an events-file row, where the name differs. */
const JSON_FIELDS: Record<string, string> = {
  jurisdictionIds: "jurisdiction",
  placeName: "jurisdiction.name",
  placeLevel: "jurisdiction.level",
  datePrecision: "date_precision",
  foundAt: "found_at",
};

/** The last word: each event must satisfy core's eventSchema; issues are named by raw field. */
export function checkEventSchema(events: readonly LocatedEvent[], log: ProblemLog): void {
  for (const { event, origin } of events) {
    if (origin.file.endsWith(".json")) {
      for (const { field, reason } of eventSchemaProblems(event)) log.at(origin.file, origin.row, field, reason);
      continue;
    }
    const parsed = eventSchema.safeParse(event);
    for (const issue of parsed.success ? [] : parsed.error.issues)
      log.at(origin.file, origin.row, CSV_FIELDS[String(issue.path[0])] ?? "row", issue.message);
  }
}

/** Where `event` breaks core's eventSchema, each issue named by the field of an events-file row. */
export function eventSchemaProblems(event: Event): { field: string; reason: string }[] {
  const parsed = eventSchema.safeParse(event);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: rowField(issue.path.map((key) => (typeof key === "string" ? (JSON_FIELDS[key] ?? key) : key))),
    reason: issue.message,
  }));
}
