import type { Db } from "../client.js";
import type { ApiTokenTable } from "../schema.js";
import type { Curator } from "./accounts.js";

const CURATOR_COLUMNS = ["accounts.id", "accounts.email", "accounts.name", "accounts.role"] as const;

export async function insertSession(
  db: Db,
  session: { tokenHash: string; accountId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** The curator of an unexpired session of an enabled account, by the hash of its secret. */
export async function getSessionCurator(db: Db, tokenHash: string, now: string): Promise<Curator | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.accountId")
    .select(CURATOR_COLUMNS)
    .where("sessions.tokenHash", "=", tokenHash)
    .where("sessions.expiresAt", ">", now)
    .where("accounts.disabledAt", "is", null)
    .executeTakeFirst();
}

/** Sign-out: the session is gone (expired ones are swept at the same time). */
export async function deleteSession(db: Db, tokenHash: string, now: string): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("tokenHash", "=", tokenHash), eb("expiresAt", "<=", now)]))
    .execute();
}

export async function insertApiToken(db: Db, token: Omit<ApiTokenTable, "revokedAt">): Promise<void> {
  await db
    .insertInto("api_tokens")
    .values({ ...token, revokedAt: null })
    .execute();
}

/** The curator of an unrevoked token of an enabled account, by the hash of its secret. */
export async function getTokenCurator(db: Db, tokenHash: string): Promise<Curator | undefined> {
  return db
    .selectFrom("api_tokens")
    .innerJoin("accounts", "accounts.id", "api_tokens.accountId")
    .select(CURATOR_COLUMNS)
    .where("api_tokens.tokenHash", "=", tokenHash)
    .where("api_tokens.revokedAt", "is", null)
    .where("accounts.disabledAt", "is", null)
    .executeTakeFirst();
}

export type ApiTokenInfo = Omit<ApiTokenTable, "tokenHash" | "accountId">;

/** An account's tokens, newest first, without their hashes. */
export async function listApiTokens(db: Db, accountId: string): Promise<ApiTokenInfo[]> {
  return db
    .selectFrom("api_tokens")
    .select(["id", "name", "createdAt", "revokedAt"])
    .where("accountId", "=", accountId)
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
}

/** Revoke one of the account's own tokens; false when it has no such unrevoked token. */
export async function revokeApiToken(db: Db, { id, accountId, at }: { id: string; accountId: string; at: string }): Promise<boolean> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revokedAt: at })
    .where("id", "=", id)
    .where("accountId", "=", accountId)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
