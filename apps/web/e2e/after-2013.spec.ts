import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CATEGORIES, countsAt, partlyActivatedStates, statusesAt } from "@scomm/core";
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
    // Today's record (the December 2026 update): the 2025-2026 state laws.
    ["2026-11-30", ["limits", "mandates"]],
  ] as const)("shows core's counts per category on %s, with the post-2013 layer on the map", async (date, present) => {
    await map.open({ date, level: "county" });
    const expected = countsAt(model, date, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
    // Detainer policies and state laws show up as their own categories on the page.
    for (const category of present) expect(await map.legendCount(category), category).toBeGreaterThan(0);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: `${RESULTS}map-${date}.png`, fullPage: true });
  });

  it("shows a partly activated state as such on the state map: a legend note with core's count", async () => {
    // 2011-07-01: many states had only some counties switched on (Montana 3 of 56, from the roster).
    await map.open({ date: "2011-07-01", level: "state" });
    const statuses = statusesAt(model.timeline, "2011-07-01");
    const partly = partlyActivatedStates(model.timeline, statuses).reduce((sum, flag) => sum + flag, 0);
    expect(partly).toBeGreaterThan(0);
    const note = page.getByTestId("legend-partly");
    await expect.poll(() => note.textContent()).toContain(`${partly} of these states`);
    await page.screenshot({ path: `${RESULTS}map-states-2011-07-01.png`, fullPage: true });
    // Once every county is on, no state is partly activated.
    await map.open({ date: "2013-06-01", level: "state" });
    expect(await note.count()).toBe(0);
  });
});
