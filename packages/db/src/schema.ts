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

/** What a revision did to its event (migration 0003). */
export type RevisionAction = "create" | "update" | "publish" | "retract";

/**
 * Every curator change to an event: who (the account's email), when, the event before and after (core Event
 * JSON: a draft's or the published one's), what was done and why. Numbered 1, 2, ... per event; an event the
 * dataset seeded and nobody changed is at revision 0.
 */
export interface EventRevisionTable {
  eventId: string;
  revision: number;
  editor: string;
  /** ISO 8601 instant of the change. */
  changedAt: string;
  beforeJson: string | null;
  afterJson: string | null;
  action: RevisionAction | null;
  reason: string | null;
}

export type Role = "editor" | "admin";

export interface AccountTable {
  id: string;
  /** Lower-cased; the sign-in name. */
  email: string;
  name: string;
  role: Role;
  /** argon2id, PHC string. */
  passwordHash: string;
  createdAt: string;
  /** Set when an admin disabled the account: it can neither sign in nor use its sessions or tokens. */
  disabledAt: string | null;
}

/** A signed-in browser: the SHA-256 of the cookie's secret, never the secret. */
export interface SessionTable {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
}

/** A personal API token for scripts: the SHA-256 of the secret (shown once), revocable. */
export interface ApiTokenTable {
  id: string;
  accountId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Consecutive failed sign-ins per email (known or not), and until when that email may not try again. */
export interface SignInFailureTable {
  email: string;
  failures: number;
  lockedUntil: string | null;
}

/** An unpublished event, or unpublished changes to a published one: private to curators. */
export interface EventDraftTable {
  eventId: string;
  eventJson: string;
  updatedBy: string;
  updatedAt: string;
}

/**
 * An event's import baseline (migration 0004): the content hash of the dataset's version last imported (null:
 * the dataset last had no such event) and the event's revision once that import was applied. A later revision
 * is a curator's change, which an import never overwrites.
 */
export interface ImportedEventTable {
  eventId: string;
  contentHash: string | null;
  revision: number;
}

export type ConflictStatus = "open" | "settled";
/** How a conflict was settled: the import's version taken, the curator's kept, or a later import's conflict replaced it. */
export type SettledHow = "import" | "curator" | "superseded";

/** An import that met a curator's change (migration 0004): both versions (core Event JSON, null: no event). */
export interface ImportConflictTable {
  id: string;
  eventId: string;
  datasetHash: string;
  importedJson: string | null;
  curatorJson: string | null;
  /** The event's revision when the conflict was recorded: settling on an older view is stale. */
  curatorRevision: number;
  recordedAt: string;
  status: ConflictStatus;
  settledBy: string | null;
  settledAt: string | null;
  settledHow: SettledHow | null;
  settleReason: string | null;
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
  event_drafts: EventDraftTable;
  accounts: AccountTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  sign_in_failures: SignInFailureTable;
  dataset_meta: DatasetMetaTable;
  imported_events: ImportedEventTable;
  import_conflicts: ImportConflictTable;
}
