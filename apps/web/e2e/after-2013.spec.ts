import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CATEGORIES, countsAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { realModel, usePageSession } from "./support/session.js";

/** After 2013: the detainer-policy wave and the state laws that limit or mandate cooperation. */
const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

const session = usePageSession();
const model = realModel();
let page: Page;
let map: MapPage;
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, session.baseUrl);
});

describe("the map after 2013", () => {
  it.each([
    ["2015-01-01", ["limits"]],
    ["2018-01-01", ["limits", "mandates"]],
    ["2022-01-01", ["limits", "mandates"]],
  ] as const)("shows core's counts per category on %s, with the post-2013 layer on the map", async (date, present) => {
    await map.open({ date, level: "county" });
    const expected = countsAt(model, date, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
    // Detainer policies and state laws show up as their own categories on the page.
    for (const category of present) expect(await map.legendCount(category), category).toBeGreaterThan(0);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: `${RESULTS}map-${date}.png`, fullPage: true });
  });
});
