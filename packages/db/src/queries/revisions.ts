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

/**
 * What a public step did: `published` (a curator's new event going public), `corrected` (a publish after the
 * event's first publication: the dataset's or its first curator publish), `retracted`.
 */
export type PublicChange = "published" | "corrected" | "retracted";

/** One public step of an event's history: when it was published or retracted, and why. Never who did it. */
export interface PublicRevision {
  eventId: string;
  revision: number;
  changedAt: string;
  action: "publish" | "retract";
  change: PublicChange;
  reason: string | null;
}

/**
 * The public history of these events (every event when `eventIds` is omitted): their publishes and retractions,
 * oldest first. Drafts (create, update) stay private, and so does the editor. An event that a curator created
 * (its revision 1 is a create) is first published by its first publish; any other was public from the dataset.
 */
export async function listPublicRevisions(db: Db, { eventIds }: { eventIds?: readonly string[] } = {}): Promise<PublicRevision[]> {
  if (eventIds?.length === 0) return [];
  let query = db
    .selectFrom("event_revisions")
    .select(["eventId", "revision", "changedAt", "action", "reason"])
    .where((eb) => eb.or([eb("action", "in", ["publish", "retract"]), eb.and([eb("action", "=", "create"), eb("revision", "=", 1)])]))
    .orderBy("eventId")
    .orderBy("revision");
  if (eventIds) query = query.where("eventId", "in", [...eventIds]);
  const history: PublicRevision[] = [];
  const unpublished = new Set<string>();
  for (const row of await query.execute()) {
    if (row.action === "create") unpublished.add(row.eventId);
    else if (row.action === "publish" || row.action === "retract")
      history.push({ ...row, action: row.action, change: changeOf(row.action, unpublished.delete(row.eventId)) });
  }
  return history;
}

function changeOf(action: "publish" | "retract", firstPublication: boolean): PublicChange {
  return action === "retract" ? "retracted" : firstPublication ? "published" : "corrected";
}

/** A public event a curator retracted: when, why, and what it said when it was last public. */
export interface Retraction {
  eventId: string;
  changedAt: string;
  reason: string | null;
  event: Event;
}

/**
 * Every retraction of an event that had been public (seeded by the dataset, or published by a curator before):
 * newest first. A draft retracted before it was ever published was never public, and is left out.
 */
export async function listRetractions(db: Db): Promise<Retraction[]> {
  const rows = await db
    .selectFrom("event_revisions")
    .select(["eventId", "changedAt", "reason", "beforeJson"])
    .where("action", "=", "retract")
    .orderBy("changedAt", "desc")
    .orderBy("eventId")
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.eventId);
  const steps = await db
    .selectFrom("event_revisions")
    .select(["eventId", "action"])
    .where("eventId", "in", ids)
    .where("action", "in", ["create", "publish"])
    .execute();
  const created = new Set(steps.filter((s) => s.action === "create").map((s) => s.eventId));
  const published = new Set(steps.filter((s) => s.action === "publish").map((s) => s.eventId));
  return rows
    .filter((r) => r.beforeJson !== null && (!created.has(r.eventId) || published.has(r.eventId)))
    .map(({ eventId, changedAt, reason, beforeJson }) => ({ eventId, changedAt, reason, event: JSON.parse(beforeJson!) as Event }));
}
