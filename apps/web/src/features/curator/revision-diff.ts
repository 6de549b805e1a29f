import type { Event, Source } from "@scomm/core";

/** The fields of an event a revision can change, in the order the history shows them. */
export const DIFF_FIELDS = [
  "date",
  "datePrecision",
  "type",
  "placeName",
  "placeLevel",
  "jurisdictionIds",
  "actor",
  "summary",
  "actorEs",
  "summaryEs",
  "confidence",
  "sources",
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** One field's text before and after a revision; null where the version had none (or there was no version). */
export interface FieldChange {
  field: DiffField;
  before: string | null;
  after: string | null;
}

/** A source on one line, as a curator compares two versions: title, publisher, date, address. */
export function sourceLine(source: Source): string {
  return [source.title, source.publisher, source.date, source.url ?? source.foundAt].filter(Boolean).join(" · ");
}

function textOf(event: Event | null, field: DiffField): string | null {
  if (!event) return null;
  if (field === "sources") return event.sources.map(sourceLine).join("\n");
  if (field === "jurisdictionIds") return event.jurisdictionIds.join(", ");
  const value = event[field];
  return value === undefined || value === null || value === "" ? null : String(value);
}

/** The fields a revision changed, before and after, field by field (a new event: every field it was made with). */
export function diffEvents(before: Event | null, after: Event | null): FieldChange[] {
  return DIFF_FIELDS.map((field) => ({ field, before: textOf(before, field), after: textOf(after, field) })).filter(
    (c) => c.before !== c.after,
  );
}
