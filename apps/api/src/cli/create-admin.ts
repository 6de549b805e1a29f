import { parseArgs } from "node:util";
import { openDatabase } from "@scomm/db";
import { createAccount, newAccountSchema } from "../auth/accounts.js";
import { parseEnv } from "../env.js";
import { DomainError } from "../trpc.js";
import { readPassword } from "./read-password.js";

/**
 * `pnpm admin:create --email <email> --name "<name>"`: the first admin (or another one), in the database the
 * api uses (DATABASE_URL, else DATA_DIR). The password comes from ADMIN_PASSWORD or is typed at the prompt,
 * twice; there is no default. Editors are then made by an admin through `accounts.create`.
 */
async function main(): Promise<number> {
  const env = parseEnv();
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const password = env.ADMIN_PASSWORD ?? (await typedTwice());
  if (password === null) return fail("the two passwords differ; nothing was created");
  const parsed = newAccountSchema.safeParse({ email: values.email, name: values.name, role: "admin", password });
  if (!parsed.success) return fail(parsed.error.issues.map((i) => `${WHERE_GIVEN[String(i.path[0])] ?? "input"}: ${i.message}`).join("\n"));
  const db = await openDatabase(env.DATABASE_URL ?? env.DATA_DIR, { reseed: env.RESEED });
  try {
    const admin = await createAccount(db, parsed.data, new Date().toISOString());
    console.log(`admin ${admin.email} created; sign in at ${env.SITE_URL}/curator/sign-in (or POST ${env.SITE_URL}/trpc/auth.signIn)`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) return fail(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
}

/** Where each field of the new account was given on the command line. */
const WHERE_GIVEN: Record<string, string> = { email: "--email", name: "--name", password: "the password" };

async function typedTwice(): Promise<string | null> {
  const first = await readPassword("New admin's password: ");
  if (!process.stdin.isTTY) return first;
  return (await readPassword("Same password again: ")) === first ? first : null;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = await main();
