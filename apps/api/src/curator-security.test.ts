import { describe, expect, it } from "vitest";
import { answerProblems, parseJson } from "./fuzz/answer-checks.js";
import { MUTATION_INPUTS, MUTATIONS, PUBLIC_MUTATIONS } from "./fuzz/mutation-inputs.js";
import { addCurator } from "./testing/curators.js";
import { useListeningServer } from "./testing/raw-http.js";
import { TEST_SITE_URL } from "./testing/real-deps.js";

const server = useListeningServer();
const JSON_FROM_SITE = { "Content-Type": "application/json", Origin: TEST_SITE_URL };
const post = (mutation: string, headers: Record<string, string>, input = MUTATION_INPUTS[mutation]) =>
  server.send("POST", `/trpc/${mutation}`, headers, input === undefined ? "" : JSON.stringify(input));

const TABLES = [
  "accounts",
  "sessions",
  "api_tokens",
  "event_drafts",
  "event_revisions",
  "events",
  "sources",
  "event_jurisdictions",
  "corrections",
] as const;
/** How many rows each table holds: nothing may change when a write is refused. */
async function rowCounts(): Promise<Record<string, number>> {
  const { db } = server.deps();
  const counts: Record<string, number> = {};
  for (const table of TABLES)
    counts[table] = Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return counts;
}
const codeOf = (body: string) => (parseJson(body) as { error?: { data?: { code?: string } } }).error?.data?.code;

describe("mutations and who may call them", () => {
  it("answers every mutation but sign-in and a reader's correction without a session or token with a 401, and writes nothing", async () => {
    expect(MUTATIONS).toEqual(expect.arrayContaining(["events.publish", "corrections.accept", "corrections.reject"]));
    const before = await rowCounts();
    for (const mutation of MUTATIONS.filter((m) => !PUBLIC_MUTATIONS.includes(m))) {
      for (const credentials of [{}, { Authorization: "Bearer scat_made-up" }, { Cookie: "scomm_session=made-up" }] as Record<
        string,
        string
      >[]) {
        const answer = await post(mutation, { ...JSON_FROM_SITE, ...credentials });
        expect([mutation, answer.status], JSON.stringify(credentials)).toEqual([mutation, 401]);
        expect(answerProblems(answer)).toEqual([]);
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("answers an editor calling an admin procedure with a 403, and writes nothing", async () => {
    const { token } = await addCurator(server.deps(), "editor");
    const before = await rowCounts();
    for (const mutation of MUTATIONS.filter((m) => m.startsWith("accounts."))) {
      const answer = await post(mutation, { ...JSON_FROM_SITE, Authorization: `Bearer ${token}` });
      expect([mutation, answer.status, codeOf(answer.body)]).toEqual([mutation, 403, "FORBIDDEN"]);
    }
    const list = await server.send("GET", "/trpc/accounts.list", { Authorization: `Bearer ${token}` });
    expect(list.status).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a cross-site POST, a cookie POST without Origin, and a body that is not JSON; writes nothing", async () => {
    const { cookie, token } = await addCurator(server.deps(), "admin");
    const before = await rowCounts();
    const input = { name: "should not exist" };
    const tokenWrite = { id: "no-such-event", baseRevision: 0, reason: "x" };
    const refusals = [
      [{ "Content-Type": "application/json", Origin: "https://elsewhere.example", Cookie: cookie }, 403, "origin", "tokens.create"],
      [
        { "Content-Type": "application/json", Origin: "https://elsewhere.example", Authorization: `Bearer ${token}` },
        403,
        "origin",
        "events.retract",
      ],
      [{ "Content-Type": "application/json", Origin: "null", Cookie: cookie }, 403, "origin", "tokens.create"],
      [{ "Content-Type": "application/json", Cookie: cookie }, 403, "origin", "tokens.create"],
      [{ "Content-Type": "text/plain", Origin: TEST_SITE_URL, Cookie: cookie }, 415, "content-type", "tokens.create"],
      [
        { "Content-Type": "application/x-www-form-urlencoded", Origin: TEST_SITE_URL, Cookie: cookie },
        415,
        "content-type",
        "tokens.create",
      ],
    ] as const;
    for (const [headers, status, field, mutation] of refusals) {
      const answer = await post(mutation, headers, mutation === "tokens.create" ? input : tokenWrite);
      expect([answer.status, answer.body], JSON.stringify(headers)).toEqual([status, expect.stringContaining(`"field":"${field}"`)]);
    }
    expect(await rowCounts()).toEqual(before);
    // The same write from the site itself goes through; a script with its token and no Origin reaches the procedure.
    expect((await post("tokens.create", { ...JSON_FROM_SITE, Cookie: cookie }, input)).status).toBe(200);
    expect(
      (await post("events.retract", { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, tokenWrite)).status,
    ).toBe(404);
  });

  it("answers a mutation asked with GET with a 405 naming the problem", async () => {
    const { token } = await addCurator(server.deps(), "admin");
    for (const mutation of MUTATIONS) {
      const answer = await server.send("GET", `/trpc/${mutation}`, { Authorization: `Bearer ${token}` });
      expect([mutation, answer.status]).toEqual([mutation, 405]);
      expect(answerProblems(answer)).toEqual([]);
    }
  });

  it("signs in over HTTP with an http-only cookie, and sends the security headers on a mutation's answer", async () => {
    const { curator, password } = await addCurator(server.deps(), "editor");
    const answer = await post("auth.signIn", JSON_FROM_SITE, { email: curator.email, password });
    expect(answer.status).toBe(200);
    expect(String(answer.headers["set-cookie"])).toMatch(/^scomm_session=[\w-]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure$/);
    expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });
});
