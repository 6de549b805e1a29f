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
  it.each(["2015-01-01", "2018-01-01", "2022-01-01"])("shows core's counts per category on %s", async (date) => {
    await map.open({ date, level: "county" });
    const expected = countsAt(model, date, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
    // The layer this issue adds is on the map: counties limit cooperation, and from 2017 states mandate it.
    expect(expected.limits).toBeGreaterThan(0);
    if (date >= "2018-01-01") expect(expected.mandates).toBeGreaterThan(0);
  });

  it.each(["2015-01-01", "2022-01-01"])("keeps a screenshot of the county map on %s", async (date) => {
    await map.open({ date, level: "county" });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: `${RESULTS}map-${date}.png`, fullPage: true });
  });
});
