import type { Curator, Role } from "@scomm/db";
import { beforeAll } from "vitest";
import { createAccount } from "../auth/accounts.js";
import type { AppDeps } from "../context.js";
import { callerFor } from "./caller.js";

let made = 0;

/** Signs in through `auth.signIn`: the session cookie it set, as a browser would send it back. */
export async function signInCookie(deps: AppDeps, email: string, password: string): Promise<string> {
  let setCookie = "";
  await callerFor(deps, { setCookie: (value) => (setCookie = value) }).auth.signIn({ email, password });
  return setCookie.split(";")[0]!;
}

/** A new account of `role`, signed in, with an API token made through `tokens.create`. */
export async function addCurator(
  deps: AppDeps,
  role: Role,
): Promise<{ curator: Curator; password: string; cookie: string; token: string }> {
  made++;
  const password = `correct horse battery ${made}`;
  const account = await createAccount(
    deps.db,
    { email: `${role}${made}@example.org`, name: `${role} ${made}`, role, password },
    deps.clock.now(),
  );
  const cookie = await signInCookie(deps, account.email, password);
  const { token } = await callerFor(deps, { cookie }).tokens.create({ name: "tests" });
  return { curator: { id: account.id, email: account.email, name: account.name, role }, password, cookie, token };
}

/** An editor with an API token for one test file, made before its tests: read `editor.caller` and `editor.email` inside tests. */
export function useEditor(session: { deps: AppDeps }): { caller: ReturnType<typeof callerFor>; email: string } {
  const editor = {} as { caller: ReturnType<typeof callerFor>; email: string };
  beforeAll(async () => {
    const { token, curator } = await addCurator(session.deps, "editor");
    editor.caller = callerFor(session.deps, { authorization: `Bearer ${token}` });
    editor.email = curator.email;
  });
  return editor;
}
