import { clearSignInFailures, getAccountForSignIn, insertSession, recordSignInFailure, signInLockedUntil, type Curator } from "@scomm/db";
import type { Context } from "../context.js";
import { DomainError } from "../trpc.js";
import { verifyPassword } from "./passwords.js";
import { hashSecret, newSecret } from "./secrets.js";
import { SESSION_HOURS, sessionCookie } from "./session-cookie.js";

/** Consecutive failed sign-ins to one email before it is locked, and for how long (every instance sees it). */
export const SIGN_IN_ATTEMPTS = 5;
export const SIGN_IN_LOCK_MINUTES = 15;

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * Check the password, open a server-side session and set its cookie. A wrong password, an unknown email and a
 * disabled account get the same answer; a locked email is refused before its password is checked.
 */
export async function signIn(ctx: Context, { email, password }: { email: string; password: string }): Promise<Curator> {
  const { db, clock, siteUrl } = ctx;
  const now = clock.now();
  const lockedUntil = await signInLockedUntil(db, email, now);
  if (lockedUntil) throw new DomainError("THROTTLED", `too many failed sign-ins for ${email}; try again after ${lockedUntil}`);
  const account = await getAccountForSignIn(db, email);
  const matches = await verifyPassword(account?.passwordHash, password);
  if (!account || !matches || account.disabledAt !== null) {
    await recordSignInFailure(db, { email, limit: SIGN_IN_ATTEMPTS, lockUntil: plusMinutes(now, SIGN_IN_LOCK_MINUTES) });
    throw new DomainError("NOT_SIGNED_IN", "the email and password do not match an enabled account");
  }
  await clearSignInFailures(db, email);
  const secret = newSecret();
  await insertSession(db, {
    tokenHash: hashSecret(secret),
    accountId: account.id,
    createdAt: now,
    expiresAt: plusMinutes(now, SESSION_HOURS * 60),
  });
  ctx.request.setCookie?.(sessionCookie(secret, SESSION_HOURS * 3600, siteUrl));
  return { id: account.id, email: account.email, name: account.name, role: account.role };
}
