import { buildStatusModel } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { createServer } from "node:http";
import { listenLocal, startTestServer, type TestServer } from "./testing/http-server.js";

let server: TestServer;
let expressOnly: string;

beforeAll(async () => {
  server = await startTestServer({ "index.html": "<!doctype html><title>SComm Atlas</title>" });
  // The same app without the fast path ahead of it: what tRPC's own adapter answers.
  expressOnly = await listenLocal(createServer(createApp(server.deps, { webDist: "/nonexistent" })));
});
afterAll(() => server.close());

const plain = (input: unknown) => `/trpc/jurisdictions.byId?input=${encodeURIComponent(JSON.stringify(input))}`;
const batchOfOne = (input: unknown) => `/trpc/jurisdictions.byId?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;

describe("jurisdictions.byId answered ahead of Express", () => {
  it("answers exactly what tRPC's adapter answers, plain and as a batch of one", async () => {
    for (const path of [plain({ id: "17031", date: "2011-08-05" }), batchOfOne({ id: "17031" }), plain({ id: "36" })]) {
      const [fast, reference] = await Promise.all([fetch(server.base + path), fetch(expressOnly + path)]);
      expect(fast.status).toBe(200);
      expect(fast.headers.get("etag")).toMatch(/^"[^"]+"$/);
      expect(await fast.json()).toEqual(await reference.json());
    }
  });

  it("answers 304 to a client holding the answer's ETag, and the security headers every answer carries", async () => {
    const first = await fetch(server.base + plain({ id: "06085", date: "2010-05-01" }));
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const again = await fetch(server.base + plain({ id: "06085", date: "2010-05-01" }), { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    const otherDate = await fetch(server.base + plain({ id: "06085", date: "2010-05-02" }), { headers: { "If-None-Match": etag } });
    expect(otherDate.status).toBe(200);
  });

  it("leaves refusals to tRPC: an unknown FIPS is its 404, a bad date its 400 naming the field", async () => {
    const missing = await fetch(server.base + plain({ id: "99999" }));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual(await (await fetch(expressOnly + plain({ id: "99999" }))).json());
    const badDate = await fetch(server.base + batchOfOne({ id: "17031", date: "2011-02-30" }));
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(await badDate.json())).toContain('"field":"date"');
  });

  it("answers from the model being served: a swapped model is read, not what was kept for the old one", async () => {
    const path = plain({ id: "17031", date: "2011-08-05" });
    const before = (await (await fetch(server.base + path)).json()) as { result: { data: { events: unknown[] } } };
    const dataset = loadDataset();
    const cookEvents = dataset.events.filter((e) => e.jurisdictionIds.includes("17031"));
    expect(cookEvents.length).toBeGreaterThan(0);
    const withoutCook = { ...dataset, events: dataset.events.filter((e) => !e.jurisdictionIds.includes("17031")) };
    const served = server.deps.model;
    server.deps.model = buildStatusModel(withoutCook);
    try {
      const after = (await (await fetch(server.base + path)).json()) as { result: { data: { events: unknown[] } } };
      expect(before.result.data.events.length - after.result.data.events.length).toBe(cookEvents.length);
    } finally {
      server.deps.model = served;
    }
  });
});
