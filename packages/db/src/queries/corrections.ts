import type { Db } from "../client.js";
import type { CorrectionStatus, CorrectionTable } from "../schema.js";

export type Correction = Omit<CorrectionTable, "readerTokenHash">;

/** What the reader's private link shows: where it stands and why, never the contact or who settled it. */
export type CorrectionOutcome = Pick<
  Correction,
  "jurisdictionId" | "eventId" | "whatIsWrong" | "sourceUrl" | "status" | "curatorReason" | "createdAt" | "settledAt"
>;

export type NewCorrection = Pick<
  CorrectionTable,
  "id" | "jurisdictionId" | "eventId" | "whatIsWrong" | "sourceUrl" | "contact" | "createdAt" | "readerTokenHash"
>;

const CORRECTION_COLUMNS = [
  "id",
  "jurisdictionId",
  "eventId",
  "whatIsWrong",
  "sourceUrl",
  "contact",
  "status",
  "curatorReason",
  "draftEventId",
  "createdAt",
  "settledAt",
  "settledBy",
] as const;

/** A reader's correction, open. */
export async function insertCorrection(db: Db, correction: NewCorrection): Promise<void> {
  await db
    .insertInto("corrections")
    .values({ ...correction, status: "open", curatorReason: null, draftEventId: null, settledAt: null, settledBy: null })
    .execute();
}

/** The correction behind a reader's private link, by the hash of its secret. */
export async function getCorrectionOutcome(db: Db, readerTokenHash: string): Promise<CorrectionOutcome | undefined> {
  return db
    .selectFrom("corrections")
    .select(["jurisdictionId", "eventId", "whatIsWrong", "sourceUrl", "status", "curatorReason", "createdAt", "settledAt"])
    .where("readerTokenHash", "=", readerTokenHash)
    .executeTakeFirst();
}

export async function getCorrection(db: Db, id: string): Promise<Correction | undefined> {
  return db.selectFrom("corrections").select(CORRECTION_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** The curators' queue: corrections of one status (open by default), oldest first. */
export async function listCorrections(
  db: Db,
  { status = "open", limit = 200 }: { status?: CorrectionStatus; limit?: number } = {},
): Promise<Correction[]> {
  return db
    .selectFrom("corrections")
    .select(CORRECTION_COLUMNS)
    .where("status", "=", status)
    .orderBy("createdAt")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export interface CorrectionSettlement {
  id: string;
  status: Exclude<CorrectionStatus, "open">;
  reason: string;
  by: string;
  at: string;
  draftEventId?: string;
}

/** Accept or reject an open correction; false when it is not open (settled already, or no such correction). */
export async function settleCorrection(db: Db, { id, status, reason, by, at, draftEventId }: CorrectionSettlement): Promise<boolean> {
  const result = await db
    .updateTable("corrections")
    .set({ status, curatorReason: reason, settledBy: by, settledAt: at, draftEventId: draftEventId ?? null })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
