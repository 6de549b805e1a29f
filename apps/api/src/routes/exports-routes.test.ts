import { CATEGORIES, countsAt, snapshot } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { CATEGORY_LABELS_BY_LANG, CATEGORY_STYLES, INK, SOURCE_LINES } from "@scomm/render";
import { unzipSync, strFromU8 } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../context.js";
import { BOM } from "../exports/csv.js";
import { allEvents } from "../exports/model-events.js";
import type { ErrorBody } from "../http-errors.js";
import { expectValidAtom } from "../testing/atom.js";
import { colourCounts, decodePng, pngSize } from "../testing/png.js";
import { useExportsServer } from "../testing/exports-server.js";
import { TEST_SITE_URL, TEST_TODAY } from "../testing/real-deps.js";

const { deps: server, get, expectBadRequest } = useExportsServer();
let deps: AppDeps;
beforeAll(() => {
  deps = server();
});

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

/** Fetch a CSV and parse it back the way a careful reader would: UTF-8, BOM first, RFC 4180. */
async function csvRows(path: string): Promise<Record<string, string>[]> {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(text.startsWith(BOM)).toBe(true);
  const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
    delimiter: ",",
    newline: "\r\n",
  });
  expect(errors).toEqual([]);
  return data;
}

/** Euclidean distance between two `#rrggbb` colours. */
function distance(a: string, b: string): number {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(...x.map((v, i) => v - y[i]!));
}

describe("/data downloads", () => {
  it("activations.csv holds one row per county, with the model's activation date", async () => {
    const rows = await csvRows("/data/activations.csv");
    expect(rows).toHaveLength(3142);
    const counties = deps.model.jurisdictions.filter((j) => j.level === "county");
    expect(new Set(rows.map((r) => r.fips))).toEqual(new Set(counties.map((c) => c.id)));
    for (const row of rows) {
      const activation = deps.model.layered.get(row.fips!)!.find((e) => e.activates)!.event;
      expect(row.activation_date).toBe(activation.date);
      expect(row.activation_event_id).toBe(activation.id);
    }
    expect(rows.find((r) => r.fips === "35013")).toMatchObject({
      county: "Doña Ana County",
      state_code: "NM",
      activation_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it("events.csv holds every event of the dataset once, with every source, text surviving the round trip", async () => {
    const rows = await csvRows("/data/events.csv");
    const events = allEvents(deps.model);
    expect(rows).toHaveLength(loadDataset().events.length);
    expect(rows.map((r) => r.event_id)).toEqual(events.map((e) => e.id));
    rows.forEach((row, i) => {
      const e = events[i]!;
      expect(row.summary).toBe(/^[=+\-@\t\r]/.test(e.summary) ? `'${e.summary}` : e.summary);
      expect(row.place_name).toBe(e.placeName);
      expect(row.jurisdiction_ids!.split(";")).toEqual(e.jurisdictionIds);
      expect(Number(row.source_count)).toBe(e.sources.length);
      expect(row.source_urls!.split(" ")).toEqual(e.sources.map((s) => s.url ?? s.foundAt));
      for (const s of e.sources) expect(row.sources).toContain(s.publisher);
    });
  });

  it("jurisdictions.csv holds the nation, 51 states and 3,142 counties, accents intact", async () => {
    const rows = await csvRows("/data/jurisdictions.csv");
    expect(rows).toHaveLength(deps.model.jurisdictions.length);
    expect(rows.filter((r) => r.level === "state")).toHaveLength(51);
    expect(rows.find((r) => r.id === "35013")).toMatchObject({ name: "Doña Ana County", state: "New Mexico", population_2010: "209233" });
  });

  it("status.csv gives every state and county its category and layers on the date asked, today by default", async () => {
    const rows = await csvRows("/data/status.csv?date=2011-07-01");
    expect(rows).toHaveLength(51 + 3142);
    const expected = new Map(
      [...snapshot(deps.model, "2011-07-01", "state"), ...snapshot(deps.model, "2011-07-01", "county")].map((s) => [s.id, s.category]),
    );
    for (const row of rows) expect(row.category, row.id).toBe(expected.get(row.id!));
    const counts = countsAt(deps.model, "2011-07-01", "county");
    for (const c of CATEGORIES) expect(rows.filter((r) => r.level === "county" && r.category === c)).toHaveLength(counts[c]);
    expect(rows.find((r) => r.id === "36047")).toMatchObject({
      state_stance: "objects",
      county_stance: expect.any(String),
      deciding_layer: "state",
    });
    const today = await csvRows("/data/status.csv");
    expect(new Set(today.map((r) => r.date))).toEqual(new Set([TEST_TODAY]));
  });

  it("README names each file's columns, how to cite and the licence notes; the zip bundles it with the CSVs", async () => {
    const readme = await (await get("/data/README")).text();
    for (const name of [
      "events.csv",
      "activations.csv",
      "status.csv",
      "jurisdictions.csv",
      "`activation_date`",
      "`source_urls`",
      "`deciding_layer`",
      "## How to cite",
      "## Licence notes",
      "Alsan",
      "Vargas-Núñez",
    ]) {
      expect(readme).toContain(name);
    }
    const res = await get("/data/scomm-atlas-data.zip");
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      ["README.md", "activations.csv", "events.csv", "jurisdictions.csv", `status-${TEST_TODAY}.csv`].map((f) => `scomm-atlas-data/${f}`),
    );
    expect(Buffer.from(files["scomm-atlas-data/events.csv"]!).equals(await bytes(await get("/data/events.csv")))).toBe(true);
    expect(strFromU8(files["scomm-atlas-data/README.md"]!)).toBe(readme);
  });

  it("answers an unknown file under /data or /export with a 404, not the web app", async () => {
    for (const path of ["/data/nothing.csv", "/export/map.gif"])
      expect((await get(path, { headers: { Accept: "text/html" } })).status).toBe(404);
  });

  it("answers a bad date with a 400 naming it", async () => {
    for (const date of ["2011-02-30", "2011-7-1", "1979-12-31", "2021-06-16", "9999-12-31", "0000-01-01"])
      await expectBadRequest(`/data/status.csv?date=${date}`, "date");
  });

  it("accepts any date of the record: from 1980-01-01 (the years before the program) to a year after today", async () => {
    for (const date of ["2020-06-16", "2021-06-15", "1980-01-01"]) {
      for (const route of ["/data/status.csv", "/export/map.svg", "/export/trends.svg"])
        expect((await get(`${route}?date=${date}`)).status, `${route} ${date}`).toBe(200);
    }
  });
});

describe("/export/map.svg and .png", () => {
  it("draws the map with its title, date, every legend label and count, source line, credit and URL", async () => {
    const res = await get("/export/map.svg?date=2011-07-01&level=county");
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg).toContain('<title id="scomm-title">Secure Communities in the United States, county by county</title>');
    expect(svg).toContain(">Status on July 1, 2011<");
    const flat = svg.replace(/<\/text><text[^>]*>/g, " ");
    for (const label of Object.values(CATEGORY_LABELS_BY_LANG.en)) expect(flat).toContain(label);
    const counts = countsAt(deps.model, "2011-07-01", "county");
    for (const c of CATEGORIES) expect(svg).toContain(`>${counts[c].toLocaleString("en-US")}</text>`);
    expect(flat).toContain(SOURCE_LINES.en.replace(/&/g, "&amp;"));
    expect(svg).toContain(`SComm Atlas</tspan> · ${TEST_SITE_URL}</text>`);
    expect(svg).toContain("src:url(data:font/woff2;base64,");
  });

  it("renders a state's PNG at the requested width and the SVG's height, in the map's colours", async () => {
    const svg = await (await get("/export/map.svg?date=2012-06-01&state=36&width=1200")).text();
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const res = await get("/export/map.png?date=2012-06-01&state=36&width=1200");
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = await bytes(res);
    expect(pngSize(png)).toEqual({ width: 1200, height });
    const colours = colourCounts(decodePng(png));
    expect(colours.size).toBeGreaterThan(20);
    const big = [...colours].filter(([, n]) => n > 2000).map(([c]) => c);
    // Paper, New York's "over objection" fill, the ink of the text, and its hatch (anti-aliased: near, not exact).
    expect(big).toEqual(expect.arrayContaining(["#ffffff", CATEGORY_STYLES.over_objection.fill, INK.text]));
    expect(big.some((c) => distance(c, CATEGORY_STYLES.over_objection.hatch!) < 16)).toBe(true);
  });

  it("writes the figure in Spanish", async () => {
    const svg = await (await get("/export/map.svg?date=2011-07-01&level=state&lang=es")).text();
    expect(svg).toContain("Situación al 1 de julio de 2011");
    expect(svg).toContain(">Estados y DC<");
    expect(svg).toContain(">Aún no activado<");
  });

  it("draws a partly activated state's not-yet-switched-on counties pale, and says so under the legend", async () => {
    // Hand-derived from the roster: on 2011-07-01 Montana has 3 of its 56 counties switched on.
    const montana = await (await get("/export/map.svg?date=2011-07-01&state=30&level=state")).text();
    const veil = /<path class="pale" d="([^"]+)"/.exec(montana);
    expect(veil).not.toBeNull();
    // The note wraps over several lines: check its start and its end.
    expect(montana).toContain(">Partly activated: 1 state had only some");
    expect(montana).toMatch(/drawn pale\.</);
    // Once every county is on (2013-01-22) nothing is pale and there is no note.
    const later = await (await get("/export/map.svg?date=2013-06-01&state=30&level=state")).text();
    expect(later).not.toContain('class="pale"');
    expect(later).not.toContain("Partly activated");
    // The county map never veils anything.
    expect(await (await get("/export/map.svg?date=2011-07-01&state=30&level=county")).text()).not.toContain('class="pale"');
  });

  it("answers the same parameters with the same bytes from the cache, and 304 to a client that has them", async () => {
    const path = "/export/map.png?date=2010-01-01&level=state&width=480";
    const first = await get(path);
    const second = await get(path);
    expect((await bytes(second)).equals(await bytes(first))).toBe(true);
    const etag = first.headers.get("etag")!;
    expect(second.headers.get("etag")).toBe(etag);
    expect((await get(path, { headers: { "If-None-Match": etag } })).status).toBe(304);
    const defaults = await get(`/export/map.svg?date=${TEST_TODAY}&level=county&lang=en&width=960`);
    expect(defaults.headers.get("etag")).toBe((await get("/export/map.svg")).headers.get("etag"));
  });

  it("answers invalid or out-of-range parameters with a 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["date=2011-02-30", "date"],
      ["date=yesterday", "date"],
      ["date=1979-12-31", "date"],
      ["date=2021-06-16", "date"],
      ["date=2011-01-01&date=2012-01-01", "date"],
      ["level=nation", "level"],
      ["state=72", "state"],
      ["state=6", "state"],
      ["lang=fr", "lang"],
      ["width=319", "width"],
      ["width=4001", "width"],
      ["width=960.5", "width"],
      ["width=wide", "width"],
    ];
    for (const [query, field] of cases) {
      await expectBadRequest(`/export/map.svg?${query}`, field);
      await expectBadRequest(`/export/map.png?${query}`, field);
    }
  });
});

describe("/export/trends.svg and .png", () => {
  const flat = (svg: string) => svg.replace(/<\/text><text[^>]*>/g, " ");

  it("draws the chart with its title, months to today, the marked date, every category with its count, the PEP band and the source line", async () => {
    const res = await get("/export/trends.svg?date=2011-07-01");
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg).toContain('<title id="scomm-title">Secure Communities in the United States: counties by status, month by month</title>');
    expect(svg).toContain(">Number of counties in each category on the first day of each month, January 2008 to June 2020<");
    expect(svg).toContain(">July 1, 2011<");
    expect(svg).toContain(">Counties on July 1, 2011<");
    for (const label of Object.values(CATEGORY_LABELS_BY_LANG.en)) expect(flat(svg)).toContain(label);
    const counts = countsAt(deps.model, "2011-07-01", "county");
    for (const c of CATEGORIES) expect(svg).toContain(`>${counts[c].toLocaleString("en-US")}</text>`);
    expect(svg).toContain('<g class="era-band">');
    expect(svg).toContain(">PEP<");
    expect(flat(svg)).toContain(SOURCE_LINES.en.replace(/&/g, "&amp;"));
    expect(svg).toContain(`SComm Atlas</tspan> · ${TEST_SITE_URL}</text>`);
  });

  it("renders the PNG at the requested width and the SVG's height, not blank: the chart's colours and its ink", async () => {
    const svg = await (await get("/export/trends.svg?date=2012-06-01&width=1200")).text();
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const res = await get("/export/trends.png?date=2012-06-01&width=1200");
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = await bytes(res);
    expect(pngSize(png)).toEqual({ width: 1200, height });
    const colours = colourCounts(decodePng(png));
    expect(colours.size).toBeGreaterThan(20);
    const big = [...colours].filter(([, n]) => n > 2000).map(([c]) => c);
    expect(big).toEqual(expect.arrayContaining(["#ffffff", CATEGORY_STYLES.activated.fill, CATEGORY_STYLES.not_activated.fill, INK.text]));
  });

  it("answers the same parameters with the same bytes from the cache, defaults filled in", async () => {
    const path = "/export/trends.png?date=2010-01-01&width=480";
    const first = await get(path);
    const second = await get(path);
    expect((await bytes(second)).equals(await bytes(first))).toBe(true);
    const etag = first.headers.get("etag")!;
    expect(second.headers.get("etag")).toBe(etag);
    expect((await get(path, { headers: { "If-None-Match": etag } })).status).toBe(304);
    const defaults = await get(`/export/trends.svg?date=${TEST_TODAY}&weight=count&lang=en&width=960`);
    expect(defaults.headers.get("etag")).toBe((await get("/export/trends.svg")).headers.get("etag"));
  });

  it("draws one state's counties as shares of its population, a different figure from the nation's", async () => {
    const national = await bytes(await get("/export/trends.svg?date=2012-06-01"));
    const res = await get("/export/trends.svg?date=2012-06-01&state=36&weight=population");
    const svg = (await bytes(res)).toString("utf8");
    expect(svg).not.toBe(national.toString("utf8"));
    expect(svg).toContain(
      '<title id="scomm-title">Secure Communities in New York: share of the population by county status, month by month</title>',
    );
    expect(svg).toContain(">Population share on June 1, 2012<");
    const counts = countsAt(deps.model, "2012-06-01", "county", "population", "36");
    const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
    const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
    for (const c of CATEGORIES) expect(svg).toContain(`>${percent.format(counts[c] / total)}</text>`);
    const png = await bytes(await get("/export/trends.png?date=2012-06-01&state=36&weight=population"));
    expect(png.equals(await bytes(await get("/export/trends.png?date=2012-06-01")))).toBe(false);
  });

  it("writes the chart in Spanish", async () => {
    const svg = await (await get("/export/trends.svg?date=2011-07-01&lang=es")).text();
    expect(svg).toContain("Secure Communities en Estados Unidos: condados por situación, mes a mes");
    expect(svg).toContain(">Condados al 1 de julio de 2011<");
    for (const label of Object.values(CATEGORY_LABELS_BY_LANG.es)) expect(flat(svg)).toContain(label);
  });

  it("answers invalid or out-of-range parameters with a 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["date=2011-02-30", "date"],
      ["date=yesterday", "date"],
      ["date=1979-12-31", "date"],
      ["date=2021-06-16", "date"],
      ["date=2011-01-01&date=2012-01-01", "date"],
      ["state=72", "state"],
      ["state=6", "state"],
      ["state=36047", "state"],
      ["weight=people", "weight"],
      ["weight=count&weight=population", "weight"],
      ["lang=fr", "lang"],
      ["width=319", "width"],
      ["width=4001", "width"],
      ["width=960.5", "width"],
      ["width=wide", "width"],
    ];
    for (const [query, field] of cases) {
      await expectBadRequest(`/export/trends.svg?${query}`, field);
      await expectBadRequest(`/export/trends.png?${query}`, field);
    }
  });
});

describe("Atom feeds", () => {
  it("/feed.atom is a valid feed, newest events first", async () => {
    const res = await get("/feed.atom");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = expectValidAtom(await res.text());
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe(`${TEST_SITE_URL}/feed.atom`);
    expect(feed.entry!.length).toBeGreaterThan(50);
    // The December 2026 update reaches the feed: its newest entry is from 2026 (Indiana's law, 2026-07-01).
    const updated = feed.entry!.map((e) => String(e.updated));
    expect(updated[0]!.startsWith("2026-")).toBe(true);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it("/j/<fips>/feed.atom is valid for a county, a state and the nation, and names an unknown or malformed FIPS", async () => {
    for (const fips of ["36047", "36", "US"]) {
      const feed = expectValidAtom(await (await get(`/j/${fips}/feed.atom`)).text());
      expect(feed.entry!.length).toBeGreaterThan(0);
    }
    const missing = await get("/j/99999/feed.atom");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).error).toMatchObject({
      message: "fips: jurisdiction 99999 does not exist",
      data: { code: "NOT_FOUND", httpStatus: 404, issues: [{ field: "fips", message: "jurisdiction 99999 does not exist" }] },
    });
    await expectBadRequest("/j/abc/feed.atom", "fips");
  });

  it("names the configured public URL in links and tag: URIs", async () => {
    const feed = expectValidAtom(await (await get("/j/17031/feed.atom")).text());
    expect(feed.id).toBe("tag:atlas.example.org,2026:feed:j:17031");
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe(`${TEST_SITE_URL}/j/17031/feed.atom`);
  });
});
