import { CATEGORIES, countsAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { realModel, usePageSession } from "./support/session.js";

const session = usePageSession({ width: 1280, height: 900 });
const model = realModel();
let page: Page;
let map: MapPage;
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, session.baseUrl);
});

describe("playing the timeline", () => {
  it("runs from 2008 past the last activation at 4x, then pauses where it was", async () => {
    await map.open({ date: "2008-01-01", level: "county" });
    await map.setSpeed("4");
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Pause");
    // The date moves on its own, through the years of the rollout.
    await expect.poll(() => map.date(), { timeout: 15_000 }).toMatch(/^2010-/);
    await expect.poll(() => map.date(), { timeout: 30_000, interval: 100 }).toMatch(/^(2013-(0[2-9]|1)|201[4-9])/);
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Play");
    const stopped = await map.date();
    expect(stopped > "2013-01-22").toBe(true);
    await page.waitForTimeout(400);
    expect(await map.date()).toBe(stopped);
    await map.waitUntilPainted(stopped, "county");
    await expect.poll(() => map.query("date")).toBe(stopped);
    const expected = countsAt(model, stopped, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
  });

  it("steps a month at a time instead of animating when the reader prefers reduced motion", async () => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await map.open({ date: "2010-01-15", level: "county" });
    await page.waitForTimeout(1500);
    expect(await map.date()).toBe("2010-01-15"); // never plays by itself
    await map.setSpeed("4");
    await map.playButton.click();
    await expect.poll(() => map.date()).toMatch(/^2010-0[2-9]-01$/);
    await map.playButton.click();
    expect(await map.date()).toMatch(/-01$/);
  });
});

describe("legend counts along the rollout", () => {
  it.each(["2010-09-30", "2011-02-01", "2013-01-22"])("equal core's countsAt on %s", async (date) => {
    await map.open({ date, level: "county" });
    const expected = countsAt(model, date, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
  });
});

describe("milestones on the slider", () => {
  it("marks the federal events and the last activation day, each with its date and source", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await page.getByTestId("milestone-moa_voided_by_dhs").click();
    const card = page.getByTestId("milestone-card");
    await expect.poll(() => card.textContent()).toContain("August 5, 2011");
    expect(await card.locator("a").count()).toBeGreaterThan(0);
    await page.getByTestId("milestone-last_activation").click();
    await expect.poll(() => card.textContent()).toContain("January 22, 2013");
    await card.getByRole("button", { name: "Show the map on this date" }).click();
    await map.waitUntilPainted("2013-01-22", "county");
    await page.keyboard.press("Escape");
    expect(await card.count()).toBe(0);
    await page.getByTestId("milestone-program_launched").hover();
    await expect.poll(() => card.textContent()).toContain("March 2008");
  });
});
