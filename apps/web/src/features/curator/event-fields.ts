import type { Confidence, DatePrecision, Event, EventType, PlaceLevel } from "@scomm/core";

/** One source as the form holds it: text as typed. */
export interface SourceFields {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

/** The event form's state: text as typed, the jurisdiction as chosen from the search (or kept from the event). */
export interface EventFields {
  /** The FIPS codes it is recorded on (`US` for a federal event; a city may stand on several counties). */
  jurisdictionIds: string[];
  /** The state's postal code ("TX"); null for a federal event. */
  stateCode: string | null;
  placeName: string;
  placeLevel: PlaceLevel;
  type: EventType | "";
  date: string;
  datePrecision: DatePrecision;
  actor: string;
  summary: string;
  actorEs: string;
  summaryEs: string;
  confidence: Confidence;
  sources: SourceFields[];
}

export const emptySource = (): SourceFields => ({ title: "", publisher: "", date: "", url: "" });

export function emptyFields(): EventFields {
  return {
    jurisdictionIds: [],
    stateCode: null,
    placeName: "",
    placeLevel: "county",
    type: "",
    date: "",
    datePrecision: "day",
    actor: "",
    summary: "",
    actorEs: "",
    summaryEs: "",
    confidence: "high",
    sources: [emptySource()],
  };
}

/** An event as the form shows it; `stateCodeOf` gives a FIPS code's state postal code. */
export function fieldsOfEvent(event: Event, stateCodeOf: (fips: string) => string | null): EventFields {
  const first = event.jurisdictionIds[0] ?? "US";
  return {
    jurisdictionIds: [...event.jurisdictionIds],
    stateCode: first === "US" ? null : stateCodeOf(first.slice(0, 2)),
    placeName: event.placeName,
    placeLevel: event.placeLevel,
    type: event.type,
    date: event.date,
    datePrecision: event.datePrecision,
    actor: event.actor,
    summary: event.summary,
    actorEs: event.actorEs ?? "",
    summaryEs: event.summaryEs ?? "",
    confidence: event.confidence,
    sources: event.sources.map((s) => ({ title: s.title, publisher: s.publisher, date: s.date ?? "", url: s.url ?? s.foundAt ?? "" })),
  };
}

/** How the place is written in an events-file row: a city on one county names it; NYC's five are known by name. */
function jurisdictionRow(f: EventFields) {
  const first = f.jurisdictionIds[0] ?? null;
  if (f.placeLevel === "federal") return { name: f.placeName, level: "federal", state: null, fips: null };
  if (f.placeLevel === "city") {
    return { name: f.placeName, level: "city", state: f.stateCode, fips: null, county_fips: f.jurisdictionIds.length === 1 ? first : null };
  }
  return { name: f.placeName, level: f.placeLevel, state: f.stateCode, fips: first };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The event as the api takes it: a row written as in sc-events.json, without its id. The api checks it. */
export function rowOf(f: EventFields) {
  return {
    date: f.date.trim(),
    date_precision: f.datePrecision,
    jurisdiction: jurisdictionRow(f),
    type: f.type,
    actor: f.actor.trim(),
    summary: f.summary.trim(),
    sources: f.sources.map((s) => ({
      title: s.title.trim(),
      publisher: s.publisher.trim(),
      date: orNull(s.date),
      url: orNull(s.url),
      found_at: null,
    })),
    confidence: f.confidence,
  };
}

/** The Spanish actor and summary as the api takes them: an empty box clears one. */
export function spanishOf(f: EventFields): { actorEs: string | null; summaryEs: string | null } {
  return { actorEs: orNull(f.actorEs), summaryEs: orNull(f.summaryEs) };
}

/**
 * The event as the preview replays it (core's Event), or null while the form lacks what a status needs (a
 * jurisdiction, a type, a date written YYYY-MM-DD). Only the preview reads it: the api checks what is saved.
 */
export function previewEventOf(f: EventFields, id: string): Event | null {
  if (f.jurisdictionIds.length === 0 || f.type === "" || !/^\d{4}-\d{2}-\d{2}$/.test(f.date.trim())) return null;
  return {
    id,
    jurisdictionIds: f.jurisdictionIds,
    placeName: f.placeName || "—",
    placeLevel: f.placeLevel,
    date: f.date.trim(),
    datePrecision: f.datePrecision,
    type: f.type,
    actor: f.actor || "—",
    summary: f.summary || "—",
    ...(orNull(f.actorEs) ? { actorEs: orNull(f.actorEs) } : {}),
    ...(orNull(f.summaryEs) ? { summaryEs: orNull(f.summaryEs) } : {}),
    sources: f.sources.map((s) => ({
      title: s.title || "—",
      publisher: s.publisher || "—",
      date: orNull(s.date),
      url: orNull(s.url),
      foundAt: null,
    })),
    confidence: f.confidence,
  };
}

/** A typed source address that is not http(s): said before the api is asked (the api refuses it too). */
export function sourceUrlProblems(f: EventFields): { index: number }[] {
  return f.sources.flatMap((s, index) => (s.url.trim() !== "" && !/^https?:\/\//i.test(s.url.trim()) ? [{ index }] : []));
}
