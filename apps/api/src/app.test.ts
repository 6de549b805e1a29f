import { EMBED_PAGES, SITE_PAGES } from "@scomm/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, type IncomingMessage } from "node:http";
import { createHttpServer } from "./server.js";
import type { AppDeps } from "./context.js";
import { listenLocal, startTestServer, type TestServer } from "./testing/http-server.js";
import { silentLogger } from "./testing/real-deps.js";

let server: TestServer;
let deps: AppDeps;
let base: string;

beforeAll(async () => {
  server = await startTestServer({ "index.html": "<!doctype html><title>SComm Atlas</title>" });
  ({ deps, base } = server);
});
afterAll(() => server.close());

const trpcGet = (path: string, input: unknown) => fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);

describe("the HTTP server", () => {
  it("reports health with the number of counties and events", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      counties: 3142,
      events: expect.any(Number),
      modelVersion: 1,
      record: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  it("answers a tRPC GET", async () => {
    const res = await trpcGet("jurisdictions.byId", { id: "48201", date: "2008-10-27" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { explanation: { category: string } } } };
    expect(body.result.data.explanation.category).toBe("activated");
  });

  it("serves the timeline with a strong ETag and answers 304 when the client has it", async () => {
    const res = await fetch(`${base}/api/timeline.json`);
    expect(res.status).toBe(200);
    const etag = res.headers.get("etag");
    expect(etag).toBe(deps.timeline.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("cache-control")).toContain("no-cache");
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(deps.timeline.wire)));
    const again = await fetch(`${base}/api/timeline.json`, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("sends the timeline gzipped only to clients that accept it", async () => {
    const raw = (encoding?: string) =>
      new Promise<IncomingMessage>((resolve) =>
        get(`${base}/api/timeline.json`, { headers: encoding ? { "Accept-Encoding": encoding } : {} }, resolve),
      );
    const plain = await raw();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(deps.timeline.body.length);
    plain.resume();
    const zipped = await raw("br;q=1, gzip;q=0.8");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBeLessThan(deps.timeline.body.length / 3);
    zipped.resume();
    const trpc = await new Promise<IncomingMessage>((resolve) =>
      get(`${base}/trpc/jurisdictions.list`, { headers: { "Accept-Encoding": "gzip" } }, resolve),
    );
    expect(trpc.headers["content-encoding"]).toBe("gzip");
    trpc.resume();
    const refused = await raw("gzip;q=0");
    expect(refused.headers["content-encoding"]).toBeUndefined();
    refused.resume();
  });

  it("answers malformed input with a 400 naming the field, without a stack", async () => {
    const res = await trpcGet("status.snapshot", { date: "2011-02-30", level: "county" });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(error.message).toBe("date: is not a real calendar date");
    expect(error.data).toMatchObject({
      code: "BAD_REQUEST",
      httpStatus: 400,
      issues: [{ field: "date", message: "is not a real calendar date" }],
    });
    expect(error.data).not.toHaveProperty("stack");
  });

  it("answers input that is not JSON with a 400 naming the input", async () => {
    const res = await fetch(`${base}/trpc/jurisdictions.byId?input=abc`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; data: { issues: { field: string }[] } } };
    expect(error.message).toMatch(/^input: /);
    expect(error.data.issues.map((i) => i.field)).toEqual(["input"]);
  });

  it("answers an unknown jurisdiction with a 404 naming it", async () => {
    const res = await trpcGet("jurisdictions.byId", { id: "99999" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("jurisdiction 99999 does not exist");
  });

  it("serves the web app's index.html for page routes but not for unknown API paths", async () => {
    const page = await fetch(`${base}/j/48201`, { headers: { Accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("SComm Atlas");
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it("answers a malformed URL escape without a stack trace or a 500", async () => {
    const page = await fetch(`${base}/j/%E0%A4%A`, { headers: { Accept: "text/html" } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("SComm Atlas");
    const feed = await fetch(`${base}/j/%E0/feed.atom`);
    expect(feed.status).toBe(400);
    const body = await feed.text();
    expect(body).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.parse(body)).toMatchObject({ error: { data: { httpStatus: 400, issues: [{ field: "url" }] } } });
  });

  it("answers a jurisdiction page that does not exist with the app and a 404 status", async () => {
    const page = await fetch(`${base}/j/99999`, { headers: { Accept: "text/html" } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("SComm Atlas");
  });

  it("answers a path that is no page with the app and a 404 status, and every page with a 200", async () => {
    const html = { headers: { Accept: "text/html" } };
    expect((await fetch(`${base}/nope`, html)).status).toBe(404);
    expect((await fetch(`${base}/trends/extra`, html)).status).toBe(404);
    for (const path of [
      ...SITE_PAGES,
      ...EMBED_PAGES,
      "/j/48201",
      "/j/36",
      "/about/",
      "/curator",
      "/curator/sign-in",
      "/curator/events/cur-0a1b2c3d4e/history",
    ]) {
      expect((await fetch(`${base}${path}`, html)).status, path).toBe(200);
    }
  });

  it("serves robots.txt and a sitemap of every page and jurisdiction, at the configured site URL", async () => {
    const robots = await (await fetch(`${base}/robots.txt`, { headers: { Host: "evil.example" } })).text();
    expect(robots).toContain("Disallow: /export/");
    expect(robots).toContain("Disallow: /curator");
    expect(robots).toContain(`Sitemap: ${deps.siteUrl}/sitemap.xml`);
    const sitemap = await fetch(`${base}/sitemap.xml`);
    expect(sitemap.headers.get("content-type")).toContain("application/xml");
    const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${deps.siteUrl}/about`);
    expect(locs).toContain(`${deps.siteUrl}/j/17031`);
    expect(locs).toHaveLength(SITE_PAGES.length + deps.model.jurisdictions.filter((j) => j.level !== "nation").length);
  });

  it("mounts the data downloads ahead of the page fallback", async () => {
    const csv = await fetch(`${base}/data/activations.csv`, { headers: { Accept: "text/html" } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const feed = await fetch(`${base}/j/48201/feed.atom`, { headers: { Accept: "text/html" } });
    expect(await feed.text()).toContain("<feed");
  });

  it("hides an internal failure's message and stack, and logs it", async () => {
    // A model whose lookups fail the way a lost store would.
    const model = Object.defineProperty({ ...deps.model }, "byId", {
      get() {
        throw new Error("no such table: jurisdictions");
      },
    });
    silentLogger.errors.length = 0;
    const broken = createHttpServer({ ...deps, model });
    const res = await fetch(`${await listenLocal(broken)}/trpc/jurisdictions.byId?input=${encodeURIComponent('{"id":"48201"}')}`);
    broken.close();
    expect(res.status).toBe(500);
    const { error } = (await res.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(error.message).toBe("internal server error");
    expect(error.data).not.toHaveProperty("stack");
    expect(JSON.stringify(error)).not.toContain("no such table");
    expect(silentLogger.errors.length).toBeGreaterThan(0);
  });
});
