import { hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which this build cannot import). */
const ARGON2ID = 2;

/** Bounds on a password: long enough to resist guessing, short enough that hashing one stays cheap. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's minimum), as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** A hash of no one's password: checked when the email is unknown, so that the answer takes as long. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; with no hash (unknown email) false, after as much work. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    decoy ??= hashPassword("a password that no account has");
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
