import type { Confidence, DatePrecision, EventType, IsoDate, Level, PlaceLevel } from "@scomm/core";

/**
 * Table types as the code sees them. Columns are snake_case in the database; the CamelCasePlugin
 * (see client.ts) maps them to these camelCase names. Dates are TEXT `YYYY-MM-DD`.
 */
export interface JurisdictionTable {
  id: string;
  level: Level;
  name: string;
  stateCode: string | null;
  stateFips: string | null;
  stateName: string | null;
  population2010: number | null;
}

export interface EventTable {
  id: string;
  placeName: string;
  placeLevel: PlaceLevel;
  date: IsoDate;
  datePrecision: DatePrecision;
  type: EventType;
  actor: string;
  summary: string;
  /** Spanish actor and summary (migration 0002); null where none was written. */
  actorEs: string | null;
  summaryEs: string | null;
  confidence: Confidence;
}

/** Which jurisdictions an event applies to, in the order the dataset lists them. */
export interface EventJurisdictionTable {
  eventId: string;
  jurisdictionId: string;
  position: number;
}

/** An event's sources, in the order the dataset lists them. */
export interface SourceTable {
  eventId: string;
  position: number;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
  foundAt: string | null;
}

/** Every curator change to an event: who, when, and the event before and after (JSON). Empty for now. */
export interface EventRevisionTable {
  eventId: string;
  revision: number;
  editor: string;
  /** ISO 8601 instant of the change. */
  changedAt: string;
  beforeJson: string | null;
  afterJson: string | null;
}

/** Key/value facts about the stored dataset (see seed.ts for the keys). */
export interface DatasetMetaTable {
  key: string;
  value: string;
}

export interface Database {
  jurisdictions: JurisdictionTable;
  events: EventTable;
  event_jurisdictions: EventJurisdictionTable;
  sources: SourceTable;
  event_revisions: EventRevisionTable;
  dataset_meta: DatasetMetaTable;
}
