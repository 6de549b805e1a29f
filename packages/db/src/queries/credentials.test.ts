import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { insertAccount, listAccounts, setAccountDisabled } from "./accounts.js";
import {
  deleteSession,
  getSessionCurator,
  getTokenCurator,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
} from "./credentials.js";
import { clearSignInFailures, recordSignInFailure, signInLockedUntil } from "./sign-in-failures.js";

const NOW = "2026-12-02T04:00:00.000Z";
const LATER = "2026-12-02T16:00:00.000Z";
const ana = { id: "a1", email: "ana@example.org", name: "Ana", role: "editor" as const, passwordHash: "$argon2id$x", createdAt: NOW };
const curator = { id: "a1", email: "ana@example.org", name: "Ana", role: "editor" };

describeEachDialect("accounts, sessions and tokens", (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await seededDb(dialect);
    await insertAccount(db, ana);
  });
  afterAll(() => db.destroy());

  it("finds a session's curator until it expires or signs out", async () => {
    await insertSession(db, { tokenHash: "s1", accountId: "a1", createdAt: NOW, expiresAt: "2026-12-02T12:00:00.000Z" });
    expect(await getSessionCurator(db, "s1", NOW)).toEqual(curator);
    expect(await getSessionCurator(db, "s1", LATER)).toBeUndefined();
    expect(await getSessionCurator(db, "other", NOW)).toBeUndefined();
    await deleteSession(db, "s1", NOW);
    expect(await getSessionCurator(db, "s1", NOW)).toBeUndefined();
  });

  it("finds a token's curator until it is revoked, and lists tokens without their hashes", async () => {
    await insertApiToken(db, { id: "t1", accountId: "a1", name: "batch import", tokenHash: "h1", createdAt: NOW });
    expect(await getTokenCurator(db, "h1")).toEqual(curator);
    expect(await listApiTokens(db, "a1")).toEqual([{ id: "t1", name: "batch import", createdAt: NOW, revokedAt: null }]);
    expect(await revokeApiToken(db, { id: "t1", accountId: "someone else", at: LATER })).toBe(false);
    expect(await revokeApiToken(db, { id: "t1", accountId: "a1", at: LATER })).toBe(true);
    expect(await getTokenCurator(db, "h1")).toBeUndefined();
  });

  it("shuts a disabled account out of its sessions and tokens", async () => {
    await insertSession(db, { tokenHash: "s2", accountId: "a1", createdAt: NOW, expiresAt: LATER });
    await insertApiToken(db, { id: "t2", accountId: "a1", name: "script", tokenHash: "h2", createdAt: NOW });
    expect(await setAccountDisabled(db, "a1", NOW)).toBe(true);
    expect(await getSessionCurator(db, "s2", NOW)).toBeUndefined();
    expect(await getTokenCurator(db, "h2")).toBeUndefined();
    expect((await listAccounts(db))[0]?.disabledAt).toBe(NOW);
    expect(await setAccountDisabled(db, "a1", null)).toBe(true);
    expect(await getTokenCurator(db, "h2")).toEqual(curator);
    expect(await setAccountDisabled(db, "nobody", NOW)).toBe(false);
  });

  it("locks an email after the limit of consecutive failed sign-ins, and a success forgets them", async () => {
    const fail = () => recordSignInFailure(db, { email: "x@example.org", limit: 3, lockUntil: LATER });
    await fail();
    await fail();
    expect(await signInLockedUntil(db, "x@example.org", NOW)).toBeNull();
    await fail();
    expect(await signInLockedUntil(db, "x@example.org", NOW)).toBe(LATER);
    expect(await signInLockedUntil(db, "x@example.org", "2026-12-03T00:00:00.000Z")).toBeNull();
    await clearSignInFailures(db, "x@example.org");
    expect(await signInLockedUntil(db, "x@example.org", NOW)).toBeNull();
  });
});
