import { eventTypeSchema, type Event } from "@scomm/core";
import { earliestDateFor, eventDateProblem, sourceDateProblem } from "./date-rules.js";
import type { EventFileName } from "./files.js";
import type { CheckContext, LocatedEvent } from "./located-event.js";
import { placeJurisdiction } from "./places.js";
import type { ProblemLog } from "./problem.js";
import { eventSchemaProblems } from "./event-checks.js";
import { sourceUrlProblem } from "./source-urls.js";
import { rawEventSchema, rowField, toSource, type RawEvent } from "./raw-event.js";

/**
 * Reads one researched events file (a JSON array) into core Events. Every problem is logged with
 * its row (array index + 1) and field; a row with any problem yields no event.
 */
export function readResearchedEvents(file: EventFileName, json: unknown, ctx: CheckContext, log: ProblemLog): LocatedEvent[] {
  if (!Array.isArray(json)) {
    log.at(file, null, "(file)", "must be a JSON array of events");
    return [];
  }
  const located: LocatedEvent[] = [];
  json.forEach((value: unknown, index) => {
    const row = index + 1;
    const checked = checkEventRow(value, ctx);
    if ("event" in checked) located.push({ event: checked.event, origin: { file, row } });
    else for (const { field, reason } of checked.problems) log.at(file, row, field, reason);
  });
  return located;
}

/** One thing wrong with one event row, named by the row's own field (`sources[0].url`). */
export interface RowProblem {
  field: string;
  reason: string;
}

/**
 * One event written as the events files write it (snake_case, `jurisdiction` as the source names it), checked
 * by every rule `pnpm data:check` applies to a row: its shape, a known type, a real date in the record's range,
 * a place with a FIPS that exists, at least one source with an http(s) address, and core's eventSchema
 * (length bounds). The curators' edits go through it too, so a row the api accepts is one the check accepts.
 */
export function checkEventRow(value: unknown, ctx: CheckContext): { event: Event } | { problems: RowProblem[] } {
  const parsed = rawEventSchema.safeParse(value);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => ({ field: rowField(i.path) || "(row)", reason: i.message })) };
  const problems: RowProblem[] = [];
  const event = toEvent(parsed.data, ctx, (field, reason) => problems.push({ field, reason }));
  if (event && problems.length === 0) problems.push(...eventSchemaProblems(event));
  return event && problems.length === 0 ? { event } : { problems };
}

type Report = (field: string, reason: string) => void;

function toEvent(raw: RawEvent, ctx: CheckContext, report: Report): Event | null {
  const type = eventTypeSchema.safeParse(raw.type);
  if (!type.success) report("type", `${JSON.stringify(raw.type)} is not an event type`);
  const what = `a ${type.success ? type.data : "dated"} event`;
  const dateProblem = eventDateProblem(raw.date, earliestDateFor(raw.type), ctx.today, what);
  if (dateProblem) report("date", dateProblem);
  if (raw.sources.length === 0) report("sources", "the event has no source");
  raw.sources.forEach((source, i) => {
    if (!source.url && !source.found_at) report(`sources[${i}]`, "the source has neither a url nor a found_at");
    for (const field of ["url", "found_at"] as const) {
      const address = source[field];
      const problem = address ? sourceUrlProblem(address, field) : null;
      if (problem) report(`sources[${i}].${field}`, problem);
    }
    const sourceDate = sourceDateProblem(source.date, ctx.today);
    if (sourceDate) report(`sources[${i}].date`, sourceDate);
  });
  const placement = placeJurisdiction(raw.jurisdiction, ctx.countyFips);
  if ("reason" in placement) report(placement.field, placement.reason);
  if (!type.success || "reason" in placement) return null;
  return {
    id: raw.id,
    jurisdictionIds: placement.ids,
    placeName: raw.jurisdiction.name,
    placeLevel: raw.jurisdiction.level,
    date: raw.date,
    datePrecision: raw.date_precision,
    type: type.data,
    actor: raw.actor,
    summary: raw.summary,
    sources: raw.sources.map(toSource),
    confidence: raw.confidence,
  };
}
