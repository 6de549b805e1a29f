import { randomUUID } from "node:crypto";
import { getAccountForSignIn, insertAccount, type Account, type Db } from "@scomm/db";
import { boundedText } from "@scomm/core";
import { z } from "zod";
import { DomainError } from "../trpc.js";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "./passwords.js";

/** An email as accounts keep it: trimmed and lower-cased, so sign-in ignores case. */
export const emailSchema = z
  .string({ error: "must be an email address" })
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be an email address" }))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: "is required" })
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const newAccountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().pipe(boundedText(200)),
  role: z.enum(["editor", "admin"]),
  password: passwordSchema,
});
export type NewAccount = z.output<typeof newAccountSchema>;

/** Store a new account with its password hashed (argon2id). An email already taken is refused, naming it. */
export async function createAccount(db: Db, account: NewAccount, now: string): Promise<Account> {
  if (await getAccountForSignIn(db, account.email)) throw new DomainError("CONFLICT", `${account.email} already has an account`);
  const { password, ...rest } = account;
  const created = { id: randomUUID(), ...rest, createdAt: now };
  await insertAccount(db, { ...created, passwordHash: await hashPassword(password) });
  return { ...created, disabledAt: null };
}
