import { activationEvent, EVENT_TYPES, type Event, type Jurisdiction, type Source, type StatusModel } from "@scomm/core";
import { column, csvOf, type DataFileSpec } from "./data-file.js";
import { allEvents } from "./model-events.js";

/** How a source is written in one cell: "Title. Publisher, date. URL (read at: ...)". */
export function sourceText(s: Source): string {
  const where = [s.url, s.foundAt && s.foundAt !== s.url ? `(read at: ${s.foundAt})` : null].filter(Boolean).join(" ");
  const title = /[.!?]$/.test(s.title) ? s.title : `${s.title}.`;
  return `${title} ${s.publisher}${s.date ? `, ${s.date}` : ""}.${where ? ` ${where}` : ""}`;
}

export const EVENTS_FILE: DataFileSpec<Event> = {
  name: "events.csv",
  about: "One row per event: every dated, sourced fact the map is built from, the ICE roster's county activations included.",
  columns: [
    column(
      "event_id",
      "Stable id of the event (act-<fips> for a county's roster activation, full-<state fips> for a state's last one).",
      (e) => e.id,
    ),
    column("date", "Date of the event, YYYY-MM-DD.", (e) => e.date),
    column(
      "date_precision",
      "day, month or year: how much of the date the sources support (a month-precise event is dated the 1st).",
      (e) => e.datePrecision,
    ),
    column("type", `What happened, from a closed list (${EVENT_TYPES.join(", ")}).`, (e) => e.type),
    column(
      "jurisdiction_ids",
      "Jurisdictions the event applies to, separated by ';': US (federal), a 2-digit state FIPS or 5-digit county FIPS codes (a city's event sits on its county or counties).",
      (e) => e.jurisdictionIds.join(";"),
    ),
    column("place_name", "The place as the sources name it (a city, county, state, or the United States).", (e) => e.placeName),
    column("place_level", "federal, state, county or city.", (e) => e.placeLevel),
    column("actor", "Who acted.", (e) => e.actor),
    column("summary", "What happened, in one or two sentences.", (e) => e.summary),
    column("actor_es", "Who acted, in Spanish.", (e) => e.actorEs ?? null),
    column("summary_es", "What happened, in Spanish.", (e) => e.summaryEs ?? null),
    column("confidence", "high, medium or low: how firmly the sources establish the event and its date.", (e) => e.confidence),
    column("source_count", "Number of sources.", (e) => e.sources.length),
    column("sources", "Each source as 'Title. Publisher, date. URL', separated by ' | '.", (e) => e.sources.map(sourceText).join(" | ")),
    column("source_urls", "The sources' URLs (or where the source was read), separated by spaces.", (e) =>
      e.sources.map((s) => s.url ?? s.foundAt).join(" "),
    ),
  ],
};

export function eventsCsv(model: StatusModel): string {
  return csvOf(EVENTS_FILE, allEvents(model));
}

function publisherAndDate(s: Source | undefined): string | null {
  return s ? `${s.publisher}${s.date ? `, ${s.date}` : ""}` : null;
}

interface ActivationRow {
  county: Jurisdiction;
  activation: Event | null;
  stateFull: Event | null;
}

export const ACTIVATIONS_FILE: DataFileSpec<ActivationRow> = {
  name: "activations.csv",
  about: "One row per county (3,142, 2017 Census geography): the day ICE switched Secure Communities on there.",
  columns: [
    column("fips", "5-digit county FIPS code.", (r) => r.county.id),
    column("county", "County name (Census 2010).", (r) => r.county.name),
    column("state_code", "State postal code.", (r) => r.county.stateCode),
    column("state", "State name.", (r) => r.county.stateName),
    column("activation_date", "Date ICE activated Secure Communities in the county, YYYY-MM-DD.", (r) => r.activation?.date ?? null),
    column("date_precision", "day, month or year.", (r) => r.activation?.datePrecision ?? null),
    column("activation_event_id", "The event in events.csv that dates the activation.", (r) => r.activation?.id ?? null),
    column("state_fully_activated", "Date every county of the state was activated.", (r) => r.stateFull?.date ?? null),
    column("source", "Who published the date (the full reference is in README and events.csv).", (r) =>
      publisherAndDate(r.activation?.sources[0]),
    ),
    column("source_url", "The source's URL.", (r) => r.activation?.sources[0]?.url ?? null),
  ],
};

function activationRows(model: StatusModel): ActivationRow[] {
  return jurisdictionsAt(model, "county").map((county) => ({
    county,
    activation: activationEvent(model, county.id),
    stateFull:
      (county.stateFips ? model.eventsOf.get(county.stateFips) : undefined)?.find((e) => e.type === "full_state_activation") ?? null,
  }));
}

export function activationsCsv(model: StatusModel): string {
  return csvOf(ACTIVATIONS_FILE, activationRows(model));
}

export const JURISDICTIONS_FILE: DataFileSpec<Jurisdiction> = {
  name: "jurisdictions.csv",
  about: "One row per jurisdiction: the nation, the 50 states and DC, and 3,142 counties.",
  columns: [
    column("id", "US, a 2-digit state FIPS or a 5-digit county FIPS code.", (j) => j.id),
    column("level", "nation, state or county.", (j) => j.level),
    column("name", "Name (Census 2010).", (j) => j.name),
    column("state_code", "State postal code (empty for the nation).", (j) => j.stateCode),
    column("state_fips", "State FIPS code (empty for the nation).", (j) => j.stateFips),
    column("state", "State name (empty for the nation).", (j) => j.stateName),
    column("population_2010", "Census 2010 population.", (j) => j.population2010),
  ],
};

export function jurisdictionsCsv(model: StatusModel): string {
  return csvOf(JURISDICTIONS_FILE, [
    ...jurisdictionsAt(model, "nation"),
    ...jurisdictionsAt(model, "state"),
    ...jurisdictionsAt(model, "county"),
  ]);
}

/** A level's jurisdictions by id. */
export function jurisdictionsAt(model: StatusModel, level: Jurisdiction["level"]): Jurisdiction[] {
  return model.jurisdictions.filter((j) => j.level === level).sort((a, b) => (a.id < b.id ? -1 : 1));
}
