import { describe, expect, it } from "vitest";
import { useListeningServer } from "../testing/raw-http.js";
import { answerProblems, namedField } from "./answer-checks.js";
import { HOSTILE_SEGMENTS, HOSTILE_VALUES, HUGE_STRING, queryPairs } from "./hostile-values.js";

const server = useListeningServer();

/** The plain URLs that take query parameters, with a valid query (answered 200) and the parameters they read. */
const QUERY_ROUTES: Record<string, Record<string, string>> = {
  "/data/status.csv": { date: "2011-07-01" },
  "/export/map.svg": { date: "2011-07-01", state: "36", lang: "en", width: "480", level: "county", shape: "square", focus: "36047" },
  "/export/map.png": { date: "2011-07-01", state: "36", lang: "en", width: "480", level: "county", shape: "portrait", outline: "36047" },
  "/export/trends.svg": { date: "2011-07-01", state: "36", lang: "es", width: "480", weight: "count", shape: "landscape" },
  "/export/trends.png": { date: "2011-07-01", state: "36", lang: "en", width: "480", weight: "population", shape: "square" },
};

/** Every other route a visitor can reach: files, feeds, the timeline, health and pages. */
const PLAIN_ROUTES = [
  "/data/events.csv",
  "/data/activations.csv",
  "/data/jurisdictions.csv",
  "/data/README.md",
  "/data/scomm-atlas-data.zip",
  "/feed.atom",
  "/j/48201/feed.atom",
  "/j/US/feed.atom",
  "/api/timeline.json",
  "/healthz",
  "/",
  "/j/48201",
  "/table",
  "/assets/app-1234.js",
];

const query = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");

describe("every plain URL under hostile input", () => {
  it("answers each route's valid query, and each plain route, with a 200", async () => {
    for (const [route, params] of Object.entries(QUERY_ROUTES))
      expect((await server.send("GET", `${route}?${query(Object.entries(params))}`)).status, route).toBe(200);
    for (const route of PLAIN_ROUTES) expect((await server.send("GET", route)).status, route).toBe(200);
  });

  it("answers each parameter swapped for each hostile value without a 5xx or a leak, a 400 naming the parameter", async () => {
    const problems: string[] = [];
    let refused = 0;
    for (const [route, params] of Object.entries(QUERY_ROUTES)) {
      for (const param of Object.keys(params)) {
        for (const [name, value] of HOSTILE_VALUES) {
          const pairs = [...Object.entries(params).filter(([k]) => k !== param), ...queryPairs(param, value)];
          const answer = await server.send("GET", `${route}?${query(pairs)}`);
          const where = `${route} ${param}=${name}`;
          problems.push(...answerProblems(answer).map((p) => `${where}: ${p}`));
          if (answer.status !== 400) continue;
          refused++;
          const field = namedField(answer);
          if (field !== param) problems.push(`${where}: the 400 names ${field}, not ${param}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(300);
  }, 120_000);

  it("refuses a 100 KB query at the door with a 431 naming the URL", async () => {
    for (const route of [...Object.keys(QUERY_ROUTES), ...PLAIN_ROUTES]) {
      const answer = await server.send("GET", `${route}?date=${HUGE_STRING}`);
      expect(answer.status, route).toBe(431);
      expect(answerProblems(answer), route).toEqual([]);
      expect(namedField(answer), route).toBe("url");
    }
  });

  it("answers hostile path segments (traversal, CRLF, bad escapes, unknown FIPS) without a 5xx, a leak or a file from outside", async () => {
    const problems: string[] = [];
    const shapes = [
      "/j/{}/feed.atom",
      "/j/{}",
      "/data/{}",
      "/export/{}",
      "/assets/{}",
      "/{}",
      "/trpc/{}",
      "/api/{}",
      "/assets/../{}",
      "/data/../{}",
    ];
    for (const shape of shapes) {
      for (const segment of HOSTILE_SEGMENTS) {
        const path = shape.replace("{}", segment);
        const answer = await server.send("GET", path);
        problems.push(...answerProblems(answer).map((p) => `${path.slice(0, 80)}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("answers an unknown FIPS the same way in every filter (400 naming the field) and as a resource (404)", async () => {
    for (const path of ["/export/map.svg?state=99", "/export/trends.svg?state=99", "/export/map.svg?state=03"]) {
      const answer = await server.send("GET", path);
      expect([answer.status, namedField(answer)], path).toEqual([400, "state"]);
    }
    const feed = await server.send("GET", "/j/99999/feed.atom");
    expect([feed.status, namedField(feed)]).toEqual([404, "fips"]);
    expect((await server.send("GET", "/j/99999", { Accept: "text/html" })).status).toBe(404);
  });

  it("answers every route with every other method without a 5xx or a leak, a 4xx naming the problem", async () => {
    const problems: string[] = [];
    for (const route of [...Object.keys(QUERY_ROUTES), ...PLAIN_ROUTES]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND"]) {
        const answer = await server.send(method, route, { "Content-Type": "application/json" });
        problems.push(...answerProblems(answer, method).map((p) => `${method} ${route}: ${p}`));
        if (!["HEAD", "OPTIONS"].includes(method) && answer.status < 400) problems.push(`${method} ${route} answered ${answer.status}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("answers hostile headers (validators, encodings, ranges, languages) without a 5xx or a leak", async () => {
    const headers: Record<string, string>[] = [
      { "If-None-Match": `"${"x".repeat(8_000)}"` },
      { "If-None-Match": "*" },
      { "If-Modified-Since": "9999-12-31" },
      { "Accept-Encoding": "gzip;q=NaN, br;q=-1, *;q=2" },
      { Range: "bytes=999999999999-" },
      { Range: "bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9" },
      { Accept: "text/html;q=x, */*;q=0" },
      { "Accept-Language": "zz-ZZ;q=9, ../../etc" },
    ];
    const problems: string[] = [];
    for (const route of [...Object.keys(QUERY_ROUTES), ...PLAIN_ROUTES, "/trpc/status.timeline"]) {
      for (const header of headers) {
        const answer = await server.send("GET", route, header);
        problems.push(...answerProblems(answer).map((p) => `${route} ${Object.keys(header)[0]}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
