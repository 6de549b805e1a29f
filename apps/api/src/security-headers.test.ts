import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "./http-errors.js";
import { startTestServer, type TestServer } from "./testing/http-server.js";

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer({
    "index.html": '<!doctype html><title>SComm Atlas</title><script type="module" src="/assets/app-1a2b.js"></script>',
    "assets/app-1a2b.js": "export {};",
    "assets/app-1a2b.js.map": "{}",
  });
  ({ base } = server);
});
afterAll(() => server.close());

const html = { headers: { Accept: "text/html" } };
const trpcInput = encodeURIComponent(JSON.stringify({ id: "48201", date: "2010-01-01" }));

/** One path per route family the server answers. */
const FAMILIES: Record<string, string> = {
  page: "/",
  jurisdictionPage: "/j/48201",
  embed: "/embed/map",
  asset: "/assets/app-1a2b.js",
  tRPC: `/trpc/jurisdictions.byId?input=${trpcInput}`,
  data: "/data/jurisdictions.csv",
  export: "/export/map.svg?width=320",
  feed: "/feed.atom",
  jurisdictionFeed: "/j/48201/feed.atom",
  timeline: "/api/timeline.json",
  health: "/healthz",
};

/** The CSP's directives by name. */
function csp(res: Response): Map<string, string> {
  const header = res.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values.join(" ")]),
  );
}

describe("security headers", () => {
  for (const [family, path] of Object.entries(FAMILIES)) {
    it(`${family} (${path.split("?")[0]}) answers 200 with nosniff, a Referrer-Policy and a CSP without inline script`, async () => {
      const res = await fetch(`${base}${path}`, html);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      const policy = csp(res);
      expect(policy.get("script-src")).toBe("'self'");
      expect(policy.get("default-src")).toBe("'self'");
      expect(res.headers.get("content-security-policy")).not.toContain("unsafe-eval");
      // Any page may frame an embed; nothing else.
      expect(policy.get("frame-ancestors")).toBe(family === "embed" ? undefined : "'none'");
      expect(res.headers.get("x-frame-options")).toBe(family === "embed" ? null : "DENY");
    });
  }

  it("lets other sites hotlink images, data files and feeds, but not the pages", async () => {
    for (const family of ["data", "export", "feed"]) {
      expect((await fetch(`${base}${FAMILIES[family]}`)).headers.get("cross-origin-resource-policy"), family).toBe("cross-origin");
    }
    expect((await fetch(`${base}/`, html)).headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });
});

async function expectJsonError(res: Response, status: number): Promise<ErrorBody["error"]> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const { error } = (await res.json()) as ErrorBody;
  expect(error.data.httpStatus).toBe(status);
  expect(error.message).toMatch(/\w/);
  return error;
}

describe("unknown paths and wrong methods", () => {
  it("answers a missing asset and any source map with a 404, never the page", async () => {
    for (const path of ["/assets/missing-0000.js", "/assets/app-1a2b.js.map", "/assets/"]) {
      const error = await expectJsonError(await fetch(`${base}${path}`, html), 404);
      expect(error.data.code, path).toBe("NOT_FOUND");
    }
  });

  it("answers unknown API, data and export paths with a JSON 404 in tRPC's error shape", async () => {
    for (const path of ["/api/nothing", "/data/nothing.csv", "/export/map.gif"]) {
      const error = await expectJsonError(await fetch(`${base}${path}`, html), 404);
      expect(error).toMatchObject({ code: -32004, data: { code: "NOT_FOUND", issues: [] } });
    }
    const trpc = await expectJsonError(await fetch(`${base}/trpc/nothing.here`), 404);
    expect(trpc.data.code).toBe("NOT_FOUND");
  });

  it("answers a wrong method with a 405 and Allow", async () => {
    const paths = [
      "/",
      "/j/48201",
      "/embed/map",
      "/assets/app-1a2b.js",
      "/trpc/jurisdictions.list",
      "/data/events.csv",
      "/export/map.png",
      "/feed.atom",
      "/api/timeline.json",
      "/healthz",
    ];
    for (const path of paths) {
      // tRPC takes POST too: its mutations (mutation-guard.ts says which POSTs get through).
      const allow = path.startsWith("/trpc/") ? "GET, HEAD, POST" : "GET, HEAD";
      for (const method of path.startsWith("/trpc/") ? ["PUT", "DELETE"] : ["POST", "PUT", "DELETE"]) {
        const res = await fetch(`${base}${path}`, { method });
        expect(res.headers.get("allow"), `${method} ${path}`).toBe(allow);
        const error = await expectJsonError(res, 405);
        expect(error.data.issues).toEqual([{ field: "method", message: expect.stringContaining(method) }]);
      }
    }
  });
});
