import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CATEGORIES, countsAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { atlasCountyIds } from "./support/atlas-points.js";
import { realModel, usePageSession } from "./support/session.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

const session = usePageSession();
const model = realModel();
let page: Page;
let map: MapPage;
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, session.baseUrl);
});

describe("the county map", () => {
  it("draws every one of the 3,142 counties", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    const datasetCounties = model.jurisdictions.filter((j) => j.level === "county").map((j) => j.id);
    expect(atlasCountyIds().sort()).toEqual(datasetCounties.sort());
    expect(datasetCounties).toHaveLength(3142);
    expect(await map.attribute("data-counties-drawn")).toBe("3142");
    // At this size a few dozen tiny counties (independent cities) are smaller than a pixel.
    expect(Number(await map.attribute("data-counties-visible"))).toBeGreaterThan(3050);
  });

  it("shows Kings County, NY as opt-out pending on July 1, 2011", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await map.hoverCounty("36047");
    await expect.poll(() => map.tooltip.textContent()).toContain("Kings County");
    expect(await map.tooltip.textContent()).toContain("Opt-out pending");
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: `${RESULTS}map-2011-07-01.png`, fullPage: true });
  });

  it.each([
    ["2011-07-01", "county"],
    ["2011-07-01", "state"],
    ["2013-01-22", "county"],
  ] as const)("has legend counts equal to core's countsAt on %s (%s level)", async (date, level) => {
    await map.open({ date, level });
    const expected = countsAt(model, date, level);
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
  });
});

describe("the date and level in the URL", () => {
  it("moves a month, recounts, and restores the view on reload", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await map.nextMonth();
    await map.waitUntilPainted("2011-08-01", "county");
    await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBe("2011-08-01");
    const expected = countsAt(model, "2011-08-01", "county");
    expect(await map.legendCount("opt_out_pending")).toBe(expected.opt_out_pending);

    await map.chooseLevel("States");
    await map.waitUntilPainted("2011-08-01", "state");
    await expect.poll(() => new URL(page.url()).searchParams.get("level")).toBe("state");
    await page.reload();
    await map.waitUntilPainted("2011-08-01", "state");
    expect(await map.dateText.textContent()).toContain("August 1, 2011");
  });
});
