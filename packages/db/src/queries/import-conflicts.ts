import { randomUUID } from "node:crypto";
import type { Event } from "@scomm/core";
import type { Db } from "../client.js";
import { currentRevision, isUniqueViolation, Refused } from "./event-edits.js";
import { setBaseline } from "./import-baseline.js";
import { IMPORT_EDITOR, putVersion } from "./import-writes.js";
import { eventJson as json, parsed } from "./revisions.js";

/** An open conflict: the dataset's version an import could not apply (null: the dataset dropped the event) and the curator's. */
export interface ImportConflict {
  id: string;
  eventId: string;
  datasetHash: string;
  imported: Event | null;
  curator: Event | null;
  /** The event's revision when the conflict was recorded: what `settle` is based on. */
  curatorRevision: number;
  recordedAt: string;
}

/**
 * Records that an import met a curator's change to the event. An older open conflict of the same event is closed
 * as superseded: only the latest dataset version can be taken.
 */
export async function recordConflict(trx: Db, conflict: Omit<ImportConflict, "id">): Promise<void> {
  const { imported, curator, ...rest } = conflict;
  await supersedeConflicts(trx, conflict.eventId, conflict.recordedAt, "a later import met the curator's change again");
  await trx
    .insertInto("import_conflicts")
    .values({
      id: randomUUID(),
      ...rest,
      importedJson: json(imported),
      curatorJson: json(curator),
      status: "open",
      settledBy: null,
      settledAt: null,
      settledHow: null,
      settleReason: null,
    })
    .execute();
}

/** Every open conflict, oldest first. */
export async function listOpenConflicts(db: Db): Promise<ImportConflict[]> {
  const rows = await db
    .selectFrom("import_conflicts")
    .selectAll()
    .where("status", "=", "open")
    .orderBy("recordedAt")
    .orderBy("eventId")
    .execute();
  return rows.map(({ importedJson, curatorJson, id, eventId, datasetHash, curatorRevision, recordedAt }) => ({
    id,
    eventId,
    datasetHash,
    imported: parsed(importedJson),
    curator: parsed(curatorJson),
    curatorRevision: Number(curatorRevision),
    recordedAt,
  }));
}

export interface Settlement {
  id: string;
  /** "import": the dataset's version becomes the published one (or the event is retracted); "curator": it stays as it is. */
  take: "import" | "curator";
  editor: string;
  at: string;
  reason: string;
}

/** `settled`: someone settled it already; `stale`: the event changed since the conflict was recorded. */
export type SettleOutcome = { ok: true; revision: number } | { ok: false; problem: "not-found" | "settled" | "stale"; current: number };

/**
 * Settles an open conflict in one transaction: the conflict closed and, when the import's version is taken, that
 * version put in the record with its revisions. The conflict is closed first, by a write that only an open one
 * takes, so that of two curators settling it at once one finds it settled.
 */
export async function settleConflict(db: Db, settlement: Settlement): Promise<SettleOutcome> {
  const { editor, at, reason, take } = settlement;
  const found = await db.selectFrom("import_conflicts").selectAll().where("id", "=", settlement.id).executeTakeFirst();
  if (!found) return { ok: false, problem: "not-found", current: 0 };
  const conflict = found;
  if (conflict.status !== "open") return { ok: false, problem: "settled", current: await currentRevision(db, conflict.eventId) };
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await currentRevision(trx, conflict.eventId);
      if (current !== Number(conflict.curatorRevision)) throw new Refused({ ok: false, problem: "stale", current });
      const closed = await trx
        .updateTable("import_conflicts")
        .set({ status: "settled", settledBy: editor, settledAt: at, settledHow: take, settleReason: reason })
        .where("id", "=", conflict.id)
        .where("status", "=", "open")
        .executeTakeFirst();
      if (Number(closed.numUpdatedRows) === 0) throw new Refused({ ok: false, problem: "settled", current });
      if (take === "curator") return { ok: true, revision: current } as const;
      const revision = await putVersion(trx, conflict.eventId, parsed(conflict.importedJson), current, { editor, at, reason });
      const baseline = await trx
        .selectFrom("imported_events")
        .select("contentHash")
        .where("eventId", "=", conflict.eventId)
        .executeTakeFirst();
      await setBaseline(trx, conflict.eventId, baseline?.contentHash ?? null, revision);
      return { ok: true, revision } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome as SettleOutcome;
    if (isUniqueViolation(error)) return { ok: false, problem: "stale", current: await currentRevision(db, conflict.eventId) };
    throw error;
  }
}

/** Closes the event's open conflicts, if any, as superseded by a later import (`why` says how). */
export async function supersedeConflicts(trx: Db, eventId: string, at: string, why: string): Promise<void> {
  await trx
    .updateTable("import_conflicts")
    .set({ status: "settled", settledBy: IMPORT_EDITOR, settledAt: at, settledHow: "superseded", settleReason: why })
    .where("eventId", "=", eventId)
    .where("status", "=", "open")
    .execute();
}
