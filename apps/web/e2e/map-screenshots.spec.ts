import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { connectBrowser } from "./support/browser.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => browser.close());

const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;

describe.each(["en", "es"] as const)("the map page in %s", (lang) => {
  it.each(SIZES)("is pictured at $width x $height", async ({ width, height }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const map = new MapPage(page, inject("baseUrl"));
    await map.open({ date: "2011-07-01", level: "county", lang });
    await page.locator(".milestones__item").first().waitFor();
    await page.screenshot({ path: `${RESULTS}map-${lang}-${width}.png`, fullPage: true });
    // Usable at this width: nothing scrolls sideways, and the map, the date and the legend are all on the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const part of ["county-map", "map-date", "legend"]) expect(await page.getByTestId(part).isVisible(), part).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await context.close();
  });

  it("has no serious or critical axe violations, with a county pinned and a milestone open", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const map = new MapPage(page, inject("baseUrl"));
    await map.open({ date: "2011-07-01", level: "county", lang, selected: "36047", highlight: "over_objection" });
    await map.panel.getByRole("listitem").first().waitFor();
    await page.getByTestId("milestone-program_ended").click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });

  it("has no serious or critical axe violations on a phone", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const map = new MapPage(page, inject("baseUrl"));
    await map.open({ date: "2011-07-01", level: "state", lang, selected: "06" });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
