import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import {
  buildStatusModel,
  CATEGORIES,
  CATEGORY_LABELS,
  countsAt,
  monthStarts,
  seriesOf,
  snapshot,
  todayIso,
  type StatusModel,
} from "@scomm/core";
import { loadDataset } from "@scomm/data";
import {
  figureText,
  layoutMapFigure,
  layoutTrendsFigure,
  formatDate,
  mapGeometryFromTopology,
  trendsFigureText,
  type AtlasTopology,
  type MapGeometry,
} from "@scomm/render";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, onTestFinished } from "vitest";
import { ExportDialog } from "./pages/export-dialog.js";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { MapPage } from "./pages/map-page.js";
import { TrendsPage } from "./pages/trends-page.js";
import { connectBrowser } from "./support/browser.js";
import { pngPixels, pngSize, svgTexts } from "./support/png.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

let browser: Browser;
let page: Page;
let model: StatusModel;
let geometry: MapGeometry;
let baseUrl: string;

beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
  baseUrl = inject("baseUrl");
  model = buildStatusModel(loadDataset());
  const atlas = createRequire(import.meta.url).resolve("us-atlas/counties-albers-10m.json");
  geometry = mapGeometryFromTopology(JSON.parse(readFileSync(atlas, "utf8")) as AtlasTopology);
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
});
afterEach(() => page.close());

/** The pixel size the shared composer gives a map export of this view (the server's too). */
function mapSize(date: string, level: "state" | "county", state: { fips: string; name: string } | null, title?: string) {
  const text = figureText("en", level, date, state?.name ?? null);
  const layout = layoutMapFigure({
    geometry,
    level,
    categories: new Map(),
    stateFips: state?.fips ?? null,
    ...text,
    title: title ?? text.title,
    counts: countsAt(model, date, level, "count", state?.fips),
    credit: "SComm Atlas",
    url: baseUrl,
    width: 960,
  });
  return { width: layout.pixelWidth, height: layout.pixelHeight };
}

const COLOURS = { activated: "#3a6ea5", not_activated: "#e4e1da" };

describe("the map's export dialog", () => {
  it("downloads PNG at 1x and 2x at the composer's size, not blank, and an SVG with title, date, legend and sources", async () => {
    await new MapPage(page, baseUrl).open({ date: "2011-07-01", level: "county" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const title = "Secure Communities, July 2011: who was switched on";
    await dialog.setTitle(title);
    const expected = mapSize("2011-07-01", "county", null, title);

    const png = await dialog.download("png", `${RESULTS}export-map.png`);
    expect(png.name).toBe("scomm-atlas-map-2011-07-01-county.png");
    expect(pngSize(png.bytes)).toEqual(expected);
    const pixels = await pngPixels(page, png.bytes, Object.values(COLOURS));
    expect(pixels.colours).toBeGreaterThan(5);
    expect(pixels.counts[COLOURS.activated]).toBeGreaterThan(20_000);
    expect(pixels.counts[COLOURS.not_activated]).toBeGreaterThan(20_000);

    const png2x = await dialog.download("png2x", `${RESULTS}export-map@2x.png`);
    expect(png2x.name).toBe("scomm-atlas-map-2011-07-01-county@2x.png");
    expect(pngSize(png2x.bytes)).toEqual({ width: expected.width * 2, height: expected.height * 2 });
    expect((await pngPixels(page, png2x.bytes)).colours).toBeGreaterThan(5);

    const svg = (await dialog.download("svg", `${RESULTS}export-map.svg`)).bytes.toString("utf8");
    const texts = svgTexts(svg);
    expect(svg).toContain(`width="${expected.width}" height="${expected.height}"`);
    expect(texts).toContain(title);
    expect(texts).toContain("Status on July 1, 2011");
    const joined = texts.join(" ");
    const counts = countsAt(model, "2011-07-01", "county");
    for (const c of CATEGORIES) expect(joined).toContain(CATEGORY_LABELS[c]);
    for (const c of CATEGORIES) expect(texts).toContain(counts[c].toLocaleString("en-US"));
    expect(joined).toContain(figureText("en", "county", "2011-07-01", null).sourceLine);
    expect(texts.at(-1)).toBe(`SComm Atlas · ${baseUrl}`);
    // Self-contained: the fonts and hatch patterns are inside, nothing is fetched.
    expect(svg.match(/@font-face/g)).toHaveLength(4);
    expect(svg).toContain('<pattern id="scomm-hatch-opt_out_pending"');
    expect(svg).not.toMatch(/url\((?!data:|#)/);
  });

  it("links every CSV, which parse back to exactly what the api and core say", async () => {
    await new MapPage(page, baseUrl).open({ date: "2012-06-01", level: "county" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const fetchText = async (href: string) => {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      // Keep the byte-order mark (a TextDecoder drops it by default) to check it is there.
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    };

    const activations = parseCsv(await fetchText(await dialog.dataHref("activations")));
    const counties = await trpcQuery<{ id: string; activationDate: string | null }[]>("jurisdictions.list", { level: "county" });
    expect(activations).toHaveLength(3142);
    expect(activations.map((r) => r.fips)).toEqual(counties.map((c) => c.id).sort());
    const activationOf = new Map(counties.map((c) => [c.id, c.activationDate ?? ""]));
    for (const row of activations) expect(row.activation_date, row.fips).toBe(activationOf.get(row.fips!));

    const statusHref = await dialog.dataHref("status");
    expect(new URL(statusHref).searchParams.get("date")).toBe("2012-06-01");
    const status = parseCsv(await fetchText(statusHref));
    const expected = new Map(
      [...snapshot(model, "2012-06-01", "state"), ...snapshot(model, "2012-06-01", "county")].map((s) => [s.id, s.category]),
    );
    expect(status).toHaveLength(51 + 3142);
    expect(status.map((r) => r.id)).toEqual([...expected.keys()]);
    for (const row of status) {
      expect(row.category, row.id).toBe(expected.get(row.id!));
      expect(row.date).toBe("2012-06-01");
    }

    const health = (await (await fetch(`${baseUrl}/healthz`)).json()) as { events: number };
    const events = parseCsv(await fetchText(await dialog.dataHref("events")));
    expect(events).toHaveLength(health.events);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(health.events);
    const jurisdictions = parseCsv(await fetchText(await dialog.dataHref("jurisdictions")));
    expect(jurisdictions).toHaveLength(1 + 51 + 3142);
    expect(await fetchText(await dialog.dataHref("readme"))).toContain("# SComm Atlas data");
    const zip = Buffer.from(await (await fetch(await dialog.dataHref("zip"))).arrayBuffer());
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});

describe("a jurisdiction page's export", () => {
  it("matches the server's image of the same state in pixel size and in every word", async () => {
    await new JurisdictionPage(page, baseUrl).open("36", { date: "2012-06-01" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const expected = mapSize("2012-06-01", "county", { fips: "36", name: "New York" });
    const png = await dialog.download("png", `${RESULTS}export-new-york.png`);
    expect(pngSize(png.bytes)).toEqual(expected);
    const svg = (await dialog.download("svg")).bytes.toString("utf8");

    const serverPngHref = await dialog.serverImageHref("png");
    expect(serverPngHref).toBe(`${baseUrl}/export/map.png?date=2012-06-01&level=county&state=36`);
    const serverPng = Buffer.from(await (await fetch(serverPngHref)).arrayBuffer());
    expect(pngSize(serverPng)).toEqual(pngSize(png.bytes));
    const serverSvg = await (await fetch(await dialog.serverImageHref("svg"))).text();
    expect(svgTexts(svg)).toEqual(svgTexts(serverSvg));
    expect(svgTexts(svg)).toContain("Secure Communities in New York, county by county");
    const counts = countsAt(model, "2012-06-01", "county", "count", "36");
    expect(svgTexts(svg)).toContain(String(counts.over_objection));
    expect([...svg.matchAll(/id="scomm-j36\d{3}"/g)]).toHaveLength(62);

    const permalink = new URL(await dialog.permalink());
    expect(permalink.pathname).toBe("/j/36");
    expect(permalink.searchParams.get("date")).toBe("2012-06-01");
    expect(await dialog.embedSnippet()).toMatch(
      /^<iframe src="[^"]+\/embed\/map\?date=2012-06-01&amp;level=county&amp;selected=36&amp;zoom=/,
    );
  });
});

describe("a county page's export", () => {
  it("draws its state with the county outlined, titled for the county, and embeds the map framed on the state with the county pinned", async () => {
    await page.goto(`${baseUrl}/j/36047?date=2012-06-01&level=county`);
    const dialog = new ExportDialog(page);
    await dialog.open();
    const svg = (await dialog.download("svg")).bytes.toString("utf8");
    expect(svg).toMatch(/<path [^>]*class="highlight"/);
    expect(svgTexts(svg)[0]).toBe("Kings County, New York: Secure Communities status on June\u00a01,\u00a02012");
    expect(svgTexts(svg)).toContain("Outline: Kings County");
    expect(svgTexts(svg)).not.toContain("Secure Communities in New York, county by county");
    expect(await dialog.embedSnippet()).toContain("selected=36047");
  });
});

describe("the trends chart's export", () => {
  it("downloads the stacked chart as PNG at the composer's size, with the legend on the date", async () => {
    await new TrendsPage(page, baseUrl).open({ date: "2011-07-01" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const dates = monthStarts("2008-01-01", todayIso());
    const text = trendsFigureText("en", "count", { from: dates[0]!, to: dates.at(-1)! }, "2011-07-01", null);
    const layout = layoutTrendsFigure({
      series: seriesOf(model, dates, "county"),
      unit: "count",
      date: "2011-07-01",
      dateMark: formatDate("2011-07-01", "en"),
      counts: countsAt(model, "2011-07-01", "county"),
      band: null,
      ...text,
      credit: "SComm Atlas",
      url: baseUrl,
      width: 960,
    });
    const png = await dialog.download("png", `${RESULTS}export-trends.png`);
    expect(png.name).toBe("scomm-atlas-trends-2011-07-01-count.png");
    expect(pngSize(png.bytes)).toEqual({ width: layout.pixelWidth, height: layout.pixelHeight });
    const pixels = await pngPixels(page, png.bytes, [COLOURS.activated]);
    expect(pixels.colours).toBeGreaterThan(5);
    expect(pixels.counts[COLOURS.activated]).toBeGreaterThan(30_000);
    const texts = svgTexts((await dialog.download("svg", `${RESULTS}export-trends.svg`)).bytes.toString("utf8"));
    expect(texts).toContain(text.title);
    expect(texts).toContain("Counties on July 1, 2011");
    expect(texts).toContain("PEP");
    expect(texts).toContain("3,142");
  });

  it("lists the server's chart of the same view, the same size and words as the download", async () => {
    await new TrendsPage(page, baseUrl).open({ date: "2012-06-01", state: "36", weight: "population", lang: "es" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const png = await dialog.download("png");
    const svg = (await dialog.download("svg")).bytes.toString("utf8");

    const serverPngHref = await dialog.serverImageHref("png");
    expect(serverPngHref).toBe(`${baseUrl}/export/trends.png?date=2012-06-01&state=36&weight=population&lang=es`);
    expect(await dialog.serverImageHref("png2x")).toBe(`${serverPngHref}&width=1920`);
    const serverPng = Buffer.from(await (await fetch(serverPngHref)).arrayBuffer());
    expect(pngSize(serverPng)).toEqual(pngSize(png.bytes));
    const serverSvg = await (await fetch(await dialog.serverImageHref("svg"))).text();
    expect(svgTexts(serverSvg)).toEqual(svgTexts(svg));
    expect(svgTexts(svg)).toContain("Parte de la población al 1 de junio de 2012");
    const wide = Buffer.from(await (await fetch(await dialog.serverImageHref("png2x"))).arrayBuffer());
    expect(pngSize(wide).width).toBe(1920);
  });
});

describe("the dialog as a modal", () => {
  it("is a labelled modal without axe violations that keeps focus inside, closes on Escape and gives focus back", async () => {
    // axe needs a page of its own context.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await new MapPage(page, baseUrl).open({ date: "2011-07-01", level: "county" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    expect(await page.getByRole("dialog", { name: "Export this map" }).getAttribute("aria-modal")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-title");
    const axe = await new AxeBuilder({ page }).include("dialog").analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    }
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    await dialog.close();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("export-open");
  });
});

/** RFC 4180 CSV with a BOM, as the api writes it, to objects by header. */
function parseCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: "\r\n", skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

async function trpcQuery<T>(path: string, input: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
