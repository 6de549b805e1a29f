import { fileURLToPath } from "node:url";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { EmbedHost } from "./pages/embed-host.js";
import { ExportDialog } from "./pages/export-dialog.js";
import { MapPage } from "./pages/map-page.js";
import { connectBrowser } from "./support/browser.js";

let browser: Browser;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
  baseUrl = inject("baseUrl");
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
});
afterEach(() => page.close());

/** The embed root's own height inside the frame. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed"]')!.getBoundingClientRect().height));

describe("the map embed", () => {
  it("at 320 px shows map, slider and legend without the site header, and posts its height to the parent", async () => {
    const host = new EmbedHost(page);
    await host.load(
      `<iframe src="${baseUrl}/embed/map?date=2011-07-01&level=county" width="320" height="500" style="border:0" title="map"></iframe>`,
    );
    const frame = await host.frame();
    await frame.locator('[data-testid="county-map"][data-painted="2011-07-01/county"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator(".site-header").count()).toBe(0);
    expect(await frame.locator("nav").count()).toBe(0);
    await frame.getByTestId("legend").waitFor();
    await frame.getByRole("slider").first().waitFor();
    const credit = frame.getByTestId("embed-credit").getByRole("link");
    expect(new URL((await credit.getAttribute("href"))!).pathname).toBe("/");
    expect(new URL((await credit.getAttribute("href"))!).searchParams.get("date")).toBe("2011-07-01");
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await expect.poll(async () => (await host.heights()).at(-1), { timeout: 10_000 }).toBe(await contentHeight(frame));
    expect((await host.heights()).at(-1)).toBeGreaterThan(500);

    // Wider frame, shorter content: a new height is posted.
    const before = (await host.heights()).at(-1);
    await page.setViewportSize({ width: 900, height: 640 });
    await page.evaluate(() => document.querySelector("iframe")!.setAttribute("width", "880"));
    await expect.poll(async () => (await host.heights()).at(-1), { timeout: 10_000 }).not.toBe(before);
    await expect.poll(async () => (await host.heights()).at(-1)).toBe(await contentHeight(frame));
  });

  it("the dialog's snippet sizes its frame to the height the embed posts", async () => {
    const site = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await new MapPage(site, baseUrl).open({ date: "2012-06-01", level: "county" });
    const dialog = new ExportDialog(site);
    await dialog.open();
    const snippet = await dialog.embedSnippet();
    await site.close();
    expect(snippet).toContain(`src="${baseUrl}/embed/map?date=2012-06-01&amp;level=county"`);

    const host = new EmbedHost(page);
    await host.load(snippet);
    const frame = await host.frame();
    await frame.locator('[data-testid="county-map"][data-painted="2012-06-01/county"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => host.heights().then((h) => h.length)).toBeGreaterThan(0);
    await expect.poll(() => host.frameHeight()).toBe(await contentHeight(frame));
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Math.ceil(await host.frameHeight()) + 1);
    await page.screenshot({ path: fileURLToPath(new URL("../test-results/embed-map-320.png", import.meta.url)), fullPage: true });
  });
});

describe("the compact map embed", () => {
  it("fits a 640-px frame in about 500 px: map, date with Play and slider, legend in one strip, a level-1 heading, the credit; it posts its height", async () => {
    await page.setViewportSize({ width: 700, height: 700 });
    const host = new EmbedHost(page);
    await host.load(
      `<iframe src="${baseUrl}/embed/map?date=2011-07-01&level=county&compact=1" width="640" height="300" style="border:0" title="map"></iframe>`,
    );
    const frame = await host.frame();
    await frame.locator('[data-testid="county-map"][data-painted="2011-07-01/county"]').waitFor({ timeout: 30_000 });
    const heading = frame.locator("h1");
    expect(await heading.count()).toBe(1);
    expect(await heading.textContent()).toBe("Secure Communities status by county");
    expect((await heading.boundingBox())?.width).toBeLessThanOrEqual(1);
    expect(await frame.getByTestId("map-date").textContent()).toBe("July 1, 2011");
    await frame.getByRole("slider").waitFor();
    expect([await frame.getByTestId("play").count(), await frame.getByTestId("speed").count()]).toEqual([1, 0]);
    expect(await frame.getByTestId("legend").locator("li").count()).toBe(6);
    const credit = new URL((await frame.getByTestId("embed-credit").getByRole("link").getAttribute("href"))!);
    expect([credit.pathname, credit.searchParams.get("date"), credit.searchParams.has("compact")]).toEqual(["/", "2011-07-01", false]);

    await expect.poll(async () => (await host.heights()).at(-1), { timeout: 10_000 }).toBe(await contentHeight(frame));
    expect((await host.heights()).at(-1)).toBeLessThanOrEqual(510);
    await page.screenshot({ path: fileURLToPath(new URL("../test-results/embed-map-compact-640.png", import.meta.url)) });
  });

  it("is offered by a county page's dialog: its snippet starts the frame at 500 px, framed on the state, and the frame takes the posted height", async () => {
    const site = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await site.goto(`${baseUrl}/j/17031?date=2011-07-01&level=county`);
    const dialog = new ExportDialog(site);
    await dialog.open();
    await dialog.chooseEmbedSize("compact");
    const snippet = await dialog.embedSnippet();
    await site.close();
    expect(snippet).toMatch(
      /^<iframe src="[^"]+\/embed\/map\?date=2011-07-01&amp;level=county&amp;selected=17031&amp;zoom=[^"]+&amp;compact=1" width="100%" height="500"/,
    );

    await page.setViewportSize({ width: 640, height: 700 });
    const host = new EmbedHost(page);
    await host.load(snippet);
    const frame = await host.frame();
    await frame.locator('[data-testid="county-map"][data-painted="2011-07-01/county"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => host.frameHeight(), { timeout: 10_000 }).toBe(await contentHeight(frame));
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Math.ceil(await host.frameHeight()) + 1);
  });
});

describe("the trends embed", () => {
  it("shows the chart for the view in its URL, credited, and posts its height", async () => {
    const host = new EmbedHost(page);
    await host.load(
      `<iframe src="${baseUrl}/embed/trends?date=2011-07-01&state=36&lang=es" width="320" height="400" style="border:0" title="chart"></iframe>`,
    );
    const frame = await host.frame();
    await frame.getByTestId("trends-chart").locator(".recharts-area").first().waitFor({ timeout: 30_000 });
    expect(await frame.locator(".site-header").count()).toBe(0);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("es");
    const href = await frame.getByTestId("embed-credit").getByRole("link").getAttribute("href");
    expect(new URL(href!).pathname).toBe("/trends");
    expect(new URL(href!).searchParams.get("state")).toBe("36");
    await expect.poll(async () => (await host.heights()).at(-1), { timeout: 10_000 }).toBe(await contentHeight(frame));
  });
});
