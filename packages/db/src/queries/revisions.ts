import type { Event } from "@scomm/core";
import type { Db } from "../client.js";
import type { RevisionAction } from "../schema.js";

export interface Revision {
  eventId: string;
  revision: number;
  editor: string;
  changedAt: string;
  action: RevisionAction | null;
  reason: string | null;
  before: Event | null;
  after: Event | null;
}

/** An event's history, oldest first. */
export async function listRevisions(db: Db, eventId: string): Promise<Revision[]> {
  const rows = await db.selectFrom("event_revisions").selectAll().where("eventId", "=", eventId).orderBy("revision").execute();
  return rows.map(({ beforeJson, afterJson, ...row }) => ({ ...row, before: parsed(beforeJson), after: parsed(afterJson) }));
}

export interface Draft {
  event: Event;
  updatedBy: string;
  updatedAt: string;
}

/** Every draft, most recently changed first: the curators' work list. */
export async function listDrafts(db: Db): Promise<Draft[]> {
  const rows = await db.selectFrom("event_drafts").selectAll().orderBy("updatedAt", "desc").orderBy("eventId").execute();
  return rows.map(({ eventJson, updatedBy, updatedAt }) => ({ event: JSON.parse(eventJson) as Event, updatedBy, updatedAt }));
}

/** Who makes a change, when and why. */
export interface RevisionStamp {
  editor: string;
  /** ISO 8601 instant. */
  at: string;
  reason: string;
}

/** What one revision did to its event. */
export interface RevisionChange {
  action: RevisionAction;
  before: Event | null;
  after: Event | null;
}

/** Writes the event's revision number `revision`: a clash on (event, revision) means another writer got there first. */
export async function insertRevision(
  db: Db,
  eventId: string,
  revision: number,
  stamp: RevisionStamp,
  change: RevisionChange,
): Promise<void> {
  const { editor, at: changedAt, reason } = stamp;
  const { action, before, after } = change;
  await db
    .insertInto("event_revisions")
    .values({ eventId, revision, editor, changedAt, action, reason, beforeJson: eventJson(before), afterJson: eventJson(after) })
    .execute();
}

/** An event as stored in a JSON column; null for no event. */
export function eventJson(event: Event | null): string | null {
  return event === null ? null : JSON.stringify(event);
}

/** Each event's latest revision number, for the events that have any. */
export async function latestRevisions(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("event_revisions")
    .select((eb) => ["eventId", eb.fn.max("revision").as("latest")])
    .groupBy("eventId")
    .execute();
  return new Map(rows.map((r) => [r.eventId, Number(r.latest)]));
}

/** An event read from a JSON column; null for no event. */
export function parsed(json: string | null): Event | null {
  return json === null ? null : (JSON.parse(json) as Event);
}

/** The latest revisions across every event, newest first: the curators' "recent changes". */
export async function listRecentRevisions(db: Db, limit: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom("event_revisions")
    .selectAll()
    .orderBy("changedAt", "desc")
    .orderBy("revision", "desc")
    .orderBy("eventId")
    .limit(limit)
    .execute();
  return rows.map(({ beforeJson, afterJson, ...row }) => ({ ...row, before: parsed(beforeJson), after: parsed(afterJson) }));
}
