import type { Db } from "../client.js";

/** Until when `email` may not try to sign in (ISO instant), or null. */
export async function signInLockedUntil(db: Db, email: string, now: string): Promise<string | null> {
  const row = await db.selectFrom("sign_in_failures").select("lockedUntil").where("email", "=", email).executeTakeFirst();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Count one more failed sign-in for `email`; at `limit` consecutive failures it is locked until `lockUntil`
 * and counting starts again. Kept in the database so that every api instance sees the same count.
 */
export async function recordSignInFailure(
  db: Db,
  { email, limit, lockUntil }: { email: string; limit: number; lockUntil: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sign_in_failures")
      .values({ email, failures: 0, lockedUntil: null })
      .onConflict((oc) => oc.column("email").doNothing())
      .execute();
    const row = await trx.selectFrom("sign_in_failures").select("failures").where("email", "=", email).executeTakeFirstOrThrow();
    const failures = row.failures + 1;
    const next = failures >= limit ? { failures: 0, lockedUntil: lockUntil } : { failures, lockedUntil: null };
    await trx.updateTable("sign_in_failures").set(next).where("email", "=", email).execute();
  });
}

/** A successful sign-in forgets the failures. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("email", "=", email).execute();
}
