import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { SIGN_IN_ATTEMPTS } from "../auth/sign-in.js";
import { callerFor, useRealCaller } from "../testing/caller.js";
import { addCurator, signInCookie } from "../testing/curators.js";

const session = useRealCaller();
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("auth.signIn and auth.signOut", () => {
  it("sets an http-only, SameSite, Secure (the test site is https) session cookie that names the curator", async () => {
    const { curator, password } = await addCurator(session.deps, "editor");
    let setCookie = "";
    const caller = callerFor(session.deps, { setCookie: (value) => (setCookie = value) });
    expect(await caller.auth.signIn({ email: curator.email.toUpperCase(), password })).toEqual({ curator });
    expect(setCookie).toMatch(/^scomm_session=[\w-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure$/);
    const cookie = setCookie.split(";")[0]!;
    expect(await callerFor(session.deps, { cookie }).auth.me()).toEqual({ curator });
  });

  it("gives a wrong password, an unknown email and a disabled account the same 401", async () => {
    const { curator } = await addCurator(session.deps, "editor");
    const signIn = (email: string, password: string) => codeOf(session.caller.auth.signIn({ email, password }));
    expect(await signIn(curator.email, "not the password")).toBe("UNAUTHORIZED");
    expect(await signIn("nobody@example.org", "not the password")).toBe("UNAUTHORIZED");
  });

  it(`locks an email after ${SIGN_IN_ATTEMPTS} failures in a row, even for the right password`, async () => {
    const { curator, password } = await addCurator(session.deps, "editor");
    for (let i = 0; i < SIGN_IN_ATTEMPTS; i++)
      await codeOf(session.caller.auth.signIn({ email: curator.email, password: "guess guess guess" }));
    const locked = session.caller.auth.signIn({ email: curator.email, password });
    await expect(locked).rejects.toThrow(`too many failed sign-ins for ${curator.email}; try again after 2020-06-15T12:15:00.000Z`);
  });

  it("ends the session on sign-out and clears the cookie", async () => {
    const { curator, password } = await addCurator(session.deps, "editor");
    const cookie = await signInCookie(session.deps, curator.email, password);
    let cleared = "";
    await callerFor(session.deps, { cookie, setCookie: (value) => (cleared = value) }).auth.signOut();
    expect(cleared).toMatch(/^scomm_session=; Path=\/; Max-Age=0; HttpOnly/);
    expect(await callerFor(session.deps, { cookie }).auth.me()).toEqual({ curator: null });
  });
});

describe("tokens", () => {
  it("shows a token once, lists it without its secret, and stops it working once revoked", async () => {
    const { cookie } = await addCurator(session.deps, "editor");
    const asCurator = callerFor(session.deps, { cookie });
    const made = await asCurator.tokens.create({ name: "batch import" });
    expect(made.token).toMatch(/^scat_[\w-]{43}$/);
    // A caller is one request: its curator is looked up once; each check here is a new request.
    const withToken = () => callerFor(session.deps, { authorization: `Bearer ${made.token}` });
    expect((await withToken().auth.me()).curator).not.toBeNull();
    expect(JSON.stringify(await asCurator.tokens.list())).not.toContain(made.token);
    const stored = await session.deps.db.selectFrom("api_tokens").select("tokenHash").where("id", "=", made.id).executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(made.token);
    await asCurator.tokens.revoke({ id: made.id });
    expect(await withToken().auth.me()).toEqual({ curator: null });
    expect(await codeOf(withToken().tokens.list())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(session.deps, { authorization: "Bearer scat_made-up" }).tokens.list())).toBe("UNAUTHORIZED");
  });

  it("makes a token only for a signed-in curator: a token cannot make another", async () => {
    const { token } = await addCurator(session.deps, "editor");
    const withToken = callerFor(session.deps, { authorization: `Bearer ${token}` });
    await expect(withToken.tokens.create({ name: "another" })).rejects.toThrow("sign in to make a token: a token cannot make another");
    expect((await callerFor(session.deps, { authorization: `Bearer ${token}` }).tokens.list()).map((t) => t.name)).toEqual(["tests"]);
  });
});

describe("accounts (admins only)", () => {
  it("lets an admin create an editor, list and disable accounts; a disabled editor is shut out", async () => {
    const admin = callerFor(session.deps, { cookie: (await addCurator(session.deps, "admin")).cookie });
    const created = await admin.accounts.create({
      email: "New.Editor@Example.org",
      name: "New Editor",
      role: "editor",
      password: "a long enough password",
    });
    expect(created).toMatchObject({ email: "new.editor@example.org", role: "editor", disabledAt: null });
    expect((await admin.accounts.list()).map((a) => a.email)).toContain("new.editor@example.org");
    expect(JSON.stringify(await admin.accounts.list())).not.toContain("argon2");
    const cookie = await signInCookie(session.deps, "new.editor@example.org", "a long enough password");
    await admin.accounts.disable({ id: created.id });
    expect(await callerFor(session.deps, { cookie }).auth.me()).toEqual({ curator: null });
    expect(await codeOf(session.caller.auth.signIn({ email: "new.editor@example.org", password: "a long enough password" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(
      await codeOf(
        admin.accounts.create({ email: "new.editor@example.org", name: "Again", role: "editor", password: "a long enough password" }),
      ),
    ).toBe("CONFLICT");
  });

  it("answers an editor calling any admin procedure with FORBIDDEN (403)", async () => {
    const editor = callerFor(session.deps, { cookie: (await addCurator(session.deps, "editor")).cookie });
    expect(await codeOf(editor.accounts.list())).toBe("FORBIDDEN");
    expect(
      await codeOf(editor.accounts.create({ email: "x@example.org", name: "X", role: "admin", password: "a long enough password" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(editor.accounts.disable({ id: "anyone" }))).toBe("FORBIDDEN");
    expect(await codeOf(editor.accounts.enable({ id: "anyone" }))).toBe("FORBIDDEN");
    const count = await session.deps.db.selectFrom("accounts").select("id").where("email", "=", "x@example.org").execute();
    expect(count).toEqual([]);
  });
});
