import type { Db } from "../client.js";
import type { AccountTable, Role } from "../schema.js";

/** An account as the api shows it: never its password hash. */
export type Account = Omit<AccountTable, "passwordHash">;

/** Who is making a request, once their session or token checked out. */
export type Curator = Pick<AccountTable, "id" | "email" | "name" | "role">;

const PUBLIC_COLUMNS = ["id", "email", "name", "role", "createdAt", "disabledAt"] as const;

export async function insertAccount(db: Db, account: Omit<AccountTable, "disabledAt">): Promise<void> {
  await db
    .insertInto("accounts")
    .values({ ...account, disabledAt: null })
    .execute();
}

/** Every account, oldest first. */
export async function listAccounts(db: Db): Promise<Account[]> {
  return db.selectFrom("accounts").select(PUBLIC_COLUMNS).orderBy("createdAt").orderBy("email").execute();
}

export async function getAccount(db: Db, id: string): Promise<Account | undefined> {
  return db.selectFrom("accounts").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** What sign-in checks: the account of that (lower-cased) email with its hash. */
export async function getAccountForSignIn(db: Db, email: string): Promise<AccountTable | undefined> {
  return db.selectFrom("accounts").selectAll().where("email", "=", email).executeTakeFirst();
}

/**
 * Disable (at `at`) or enable (null) an account. Disabling also ends its sessions; its tokens stop working
 * while it is disabled (credential look-ups skip disabled accounts). False when no such account.
 */
export async function setAccountDisabled(db: Db, id: string, at: string | null): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable("accounts").set({ disabledAt: at }).where("id", "=", id).executeTakeFirst();
    if (at !== null) await trx.deleteFrom("sessions").where("accountId", "=", id).execute();
    return Number(result.numUpdatedRows) === 1;
  });
}

export const ROLES: readonly Role[] = ["editor", "admin"];
