import type { Event } from "@scomm/core";
import type { Db } from "../client.js";
import { insertEvents } from "./event-rows.js";
import { listEvents } from "./events.js";
import { insertRevision, type RevisionChange } from "./revisions.js";

/** Who changes an event, when and why, and the revision the change was based on. */
export interface EditStamp {
  editor: string;
  /** ISO 8601 instant. */
  at: string;
  reason: string;
  /** The event's revision the curator saw (0 for one nobody has changed since the dataset seeded it). */
  baseRevision: number;
}

/** `stale`: someone changed the event since `baseRevision`; nothing was written. */
export type EditOutcome = { ok: true; revision: number } | { ok: false; problem: "stale" | "not-found" | "no-draft"; current: number };

/** The event's latest revision number; 0 when it has none. */
export async function currentRevision(db: Db, eventId: string): Promise<number> {
  const row = await db
    .selectFrom("event_revisions")
    .select((eb) => eb.fn.max("revision").as("latest"))
    .where("eventId", "=", eventId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

/** The published event of that id, as the public reads it. */
export async function getPublishedEvent(db: Db, eventId: string): Promise<Event | undefined> {
  return (await listEvents(db, { eventId }))[0];
}

/** The event's draft (never public), if it has one. */
export async function getDraft(db: Db, eventId: string): Promise<Event | undefined> {
  const row = await db.selectFrom("event_drafts").select("eventJson").where("eventId", "=", eventId).executeTakeFirst();
  return row ? (JSON.parse(row.eventJson) as Event) : undefined;
}

/** A new event, as a draft, at revision 1. */
export async function createDraft(db: Db, event: Event, stamp: Omit<EditStamp, "baseRevision">): Promise<EditOutcome> {
  return edit(db, event.id, { ...stamp, baseRevision: 0 }, async (trx) => {
    if (await getPublishedEvent(trx, event.id)) return { problem: "stale" };
    await writeDraft(trx, event, stamp);
    return { action: "create", before: null, after: event };
  });
}

/** New content for an event: its draft is replaced, or a published event gets one. Published content waits for publish. */
export async function saveDraft(db: Db, event: Event, stamp: EditStamp): Promise<EditOutcome> {
  return edit(db, event.id, stamp, async (trx) => {
    const before = (await getDraft(trx, event.id)) ?? (await getPublishedEvent(trx, event.id));
    if (!before) return { problem: "not-found" };
    await writeDraft(trx, event, stamp);
    return { action: "update", before, after: event };
  });
}

/** The draft becomes the published event (replacing the one published before, if any). */
export async function publishDraft(db: Db, eventId: string, stamp: EditStamp): Promise<EditOutcome> {
  return edit(db, eventId, stamp, async (trx) => {
    const draft = await getDraft(trx, eventId);
    const before = await getPublishedEvent(trx, eventId);
    if (!draft) return { problem: before ? "no-draft" : "not-found" };
    await replaceEvent(trx, eventId, draft);
    return { action: "publish", before: before ?? null, after: draft };
  });
}

/** The event leaves the public record, and its draft goes with it; its history stays. */
export async function retractEvent(db: Db, eventId: string, stamp: EditStamp): Promise<EditOutcome> {
  return edit(db, eventId, stamp, async (trx) => {
    const before = (await getPublishedEvent(trx, eventId)) ?? (await getDraft(trx, eventId));
    if (!before) return { problem: "not-found" };
    await replaceEvent(trx, eventId, null);
    return { action: "retract", before, after: null };
  });
}

/** The event's published version and its draft give way to `version` (null: the event leaves the record). */
export async function replaceEvent(trx: Db, eventId: string, version: Event | null): Promise<void> {
  await trx.deleteFrom("events").where("id", "=", eventId).execute();
  await trx.deleteFrom("event_drafts").where("eventId", "=", eventId).execute();
  if (version) await insertEvents(trx, [version]);
}

type Change = RevisionChange | { problem: "stale" | "not-found" | "no-draft" };

/**
 * One write and its revision row in one transaction. The revision it was based on must still be the latest;
 * two writers that both read it race for the (event, revision) primary key, and the loser is stale too.
 */
async function edit(db: Db, eventId: string, stamp: EditStamp, write: (trx: Db) => Promise<Change>): Promise<EditOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await currentRevision(trx, eventId);
      if (current !== stamp.baseRevision) throw new Refused({ ok: false, problem: "stale", current });
      const change = await write(trx);
      if ("problem" in change) throw new Refused({ ok: false, problem: change.problem, current });
      const revision = current + 1;
      await insertRevision(trx, eventId, revision, stamp, change);
      return { ok: true, revision } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome as EditOutcome;
    if (isUniqueViolation(error)) return { ok: false, problem: "stale", current: await currentRevision(db, eventId) };
    throw error;
  }
}

/** Thrown inside the transaction so that it rolls back; caught outside it. */
export class Refused<Outcome extends { problem: string }> extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.problem);
  }
}

async function writeDraft(trx: Db, event: Event, { editor, at }: { editor: string; at: string }): Promise<void> {
  const row = { eventJson: JSON.stringify(event), updatedBy: editor, updatedAt: at };
  await trx
    .insertInto("event_drafts")
    .values({ eventId: event.id, ...row })
    .onConflict((oc) => oc.column("eventId").doUpdateSet(row))
    .execute();
}

/** A primary-key or unique clash: PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_PRIMARYKEY / _UNIQUE. */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
