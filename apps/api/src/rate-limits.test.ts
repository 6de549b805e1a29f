import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "./http-errors.js";
import { startTestServer, type TestServer } from "./testing/http-server.js";
import { TEST_SITE_URL } from "./testing/real-deps.js";

let server: TestServer;

// Tiny limits so a handful of requests crosses each one; every family counts in its own window.
beforeAll(async () => {
  server = await startTestServer(
    { "index.html": "<!doctype html>" },
    {
      rateLimits: {
        imagesPerMinute: 2,
        dataPerMinute: 3,
        searchesPerMinute: 2,
        signInsPerMinute: 2,
        writesPerMinute: 3,
        correctionsPerHour: 2,
      },
    },
  );
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.base}${path}`);

async function expectLimited(res: Response, windowSeconds = 60): Promise<void> {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  const { error } = (await res.json()) as ErrorBody;
  expect(error.data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429 });
  expect(error.message).toMatch(windowSeconds === 60 ? /a minute/ : /an hour/);
}

describe("rate limits per IP", () => {
  it("answers 429 with Retry-After past the image limit, and counts data files apart", async () => {
    for (let i = 0; i < 2; i++) expect((await get(`/export/map.svg?width=${320 + i}`)).status).toBe(200);
    await expectLimited(await get("/export/trends.svg"));
    for (let i = 0; i < 3; i++) expect((await get("/data/jurisdictions.csv")).status).toBe(200);
    await expectLimited(await get("/data/events.csv"));
  });

  it("limits the search procedures but not the other tRPC calls", async () => {
    for (let i = 0; i < 2; i++) expect((await get("/trpc/search.cities")).status).toBe(200);
    await expectLimited(await get("/trpc/jurisdictions.list,search.cities?batch=1&input={}"));
    expect((await get("/trpc/jurisdictions.list")).status).toBe(200);
    expect((await get("/healthz")).status).toBe(200);
  });

  it("limits sign-in attempts and writes, each in its own window", async () => {
    const post = (procedure: string, input: unknown) =>
      fetch(`${server.base}/trpc/${procedure}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: TEST_SITE_URL },
        body: JSON.stringify(input),
      });
    const signIn = () => post("auth.signIn", { email: "someone@example.org", password: "a wrong password" });
    for (let i = 0; i < 2; i++) expect((await signIn()).status).toBe(401);
    await expectLimited(await signIn());
    for (let i = 0; i < 3; i++) expect((await post("tokens.create", { name: "x" })).status).toBe(401);
    await expectLimited(await post("tokens.create", { name: "x" }));
    expect((await get("/trpc/jurisdictions.list")).status).toBe(200);
  });

  it("limits readers' corrections per hour in their own window, and refuses a body over 16 KB", async () => {
    const submit = (whatIsWrong = "The date is wrong (a test).") =>
      fetch(`${server.base}/trpc/corrections.submit`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: TEST_SITE_URL },
        body: JSON.stringify({ jurisdictionId: "17031", whatIsWrong, sourceUrl: "https://news.example.org/a" }),
      });
    const huge = await submit("x".repeat(20_000));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    for (let i = 0; i < 2; i++) expect((await submit()).status).toBe(200);
    await expectLimited(await submit(), 3600);
    expect((await get("/trpc/jurisdictions.list")).status).toBe(200);
  });
});
