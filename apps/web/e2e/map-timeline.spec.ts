import { CATEGORIES, countsAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { holdClock, installClock } from "./support/clock.js";
import { realModel, usePageSession } from "./support/session.js";

const session = usePageSession({ width: 1280, height: 900 });
const model = realModel();
let page: Page;
let map: MapPage;
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, session.baseUrl);
});

/**
 * Playback runs on Playwright's fake clock: time stands still until the test moves it with `runFor`, which fires
 * every animation frame on the way, so the dates reached depend on simulated time only, never on the machine.
 */
describe("playing the timeline", () => {
  it("runs from 2008 past the last activation at 4x, then pauses where it was", async () => {
    await installClock(page);
    await map.open({ date: "2008-01-01", level: "county" });
    await holdClock(page);
    const shown = await map.recordDates();
    await map.setSpeed("4");
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Pause");
    // At 4x four months pass per second: 8 s reach 2010, 16 s pass 2013-01-22 (about 15.2 s in).
    await page.clock.runFor(8_000);
    await expect.poll(() => map.date()).toMatch(/^2010-/);
    await page.clock.runFor(8_000);
    await expect.poll(() => map.date()).toSatisfy((date: string) => date > "2013-01-22");
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Play");
    const stopped = await map.date();
    expect(stopped).toMatch(/^2013-/);
    // The date moved on its own, day by day through every year of the rollout, and stops where it was paused.
    const dates = await shown.read();
    expect(dates[0]).toBe("2008-01-01");
    expect(dates.every((date, i) => i === 0 || date > dates[i - 1]!)).toBe(true);
    expect([...new Set(dates.map((date) => date.slice(0, 4)))]).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
    expect(dates.at(-1)).toBe(stopped);
    await page.clock.runFor(2_000);
    expect(await map.date()).toBe(stopped);
    expect(await shown.read()).toEqual(dates);
    await map.waitUntilPainted(stopped, "county");
    await expect.poll(() => map.query("date")).toBe(stopped);
    const expected = countsAt(model, stopped, "county");
    for (const category of CATEGORIES) expect(await map.legendCount(category), category).toBe(expected[category]);
  });

  it("steps a month at a time instead of animating when the reader prefers reduced motion", async () => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await installClock(page);
    await map.open({ date: "2010-01-15", level: "county" });
    await holdClock(page);
    await page.clock.runFor(5_000);
    expect(await map.date()).toBe("2010-01-15"); // never plays by itself
    expect(await map.playButton.textContent()).toContain("Play");
    const shown = await map.recordDates();
    await map.setSpeed("4");
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Pause");
    // At 4x a step is due every 250 ms: nothing moves before the first one ...
    await page.clock.runFor(200);
    expect(await map.date()).toBe("2010-01-15");
    // ... then each lands on the first of the next month, with no day in between (1.2 s: four steps).
    await page.clock.runFor(1_000);
    await map.playButton.click();
    await expect.poll(() => map.playButton.textContent()).toContain("Play");
    expect(await shown.read()).toEqual(["2010-01-15", "2010-02-01", "2010-03-01", "2010-04-01", "2010-05-01"]);
    await page.clock.runFor(2_000);
    expect(await map.date()).toBe("2010-05-01");
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
