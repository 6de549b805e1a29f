import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { startApi, type RunningApi } from "./support/api-server.js";
import { installClock } from "./support/clock.js";
import { harrisOptOutRow } from "@scomm/api/testing/event-rows";
import { signInFirstAdmin, type CuratorApi } from "./support/curator-api.js";
import { usePageSession } from "./support/session.js";

// An api of this file's own: the publish below must not change the record the other specs read.
const session = usePageSession();
let api: RunningApi;
let curator: CuratorApi;
beforeAll(async () => {
  api = await startApi();
  curator = await signInFirstAdmin(api);
}, 120_000);
afterAll(() => api?.stop());

let page: Page;
let map: MapPage;
let timelineAnswers: number[];
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, api.url);
  timelineAnswers = [];
  page.on(
    "response",
    (response: Response) => new URL(response.url()).pathname === "/api/timeline.json" && timelineAnswers.push(response.status()),
  );
});

/** How often the map painted its pixels (the `scomm:paint` measure, lib/instrument.ts). */
const paints = () => page.evaluate(() => performance.getEntriesByName("scomm:paint", "measure").length);
/** What the browser does when the reader comes back to the tab; react-query listens for it. */
const comeBackToTheTab = () => page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));

const HARRIS_VIEW = { date: "2011-07-01", level: "county", selected: "48201" } as const;

describe("an open map follows the published record without a reload", () => {
  it("asks again every minute; while nothing changed it is answered 304 and the map does not paint again", async () => {
    await installClock(page);
    await map.open(HARRIS_VIEW);
    await expect.poll(() => map.panelCategory()).toBe("activated");
    const painted = await paints();
    expect(timelineAnswers).toEqual([200]);

    await page.clock.fastForward(60_000);
    await expect.poll(() => timelineAnswers).toEqual([200, 304]);
    expect(await paints()).toBe(painted);
    expect(await map.panelCategory()).toBe("activated");
  });

  it("shows a county's new category once a curator publishes, when the reader comes back to the tab", async () => {
    await map.open(HARRIS_VIEW);
    await expect.poll(() => map.panelCategory()).toBe("activated");
    const overObjection = await map.legendCount("over_objection");
    const activated = await map.legendCount("activated");
    const painted = await paints();

    const { id } = await curator.mutate<{ id: string }>("events.create", { event: harrisOptOutRow(), reason: "a test fixture" });
    await curator.mutate("events.publish", { id, baseRevision: 1, reason: "checked against the fixture source" });
    await comeBackToTheTab();

    await expect.poll(() => map.panelCategory(), { timeout: 15_000 }).toBe("over_objection");
    expect(await map.legendCount("over_objection")).toBe(overObjection + 1);
    expect(await map.legendCount("activated")).toBe(activated - 1);
    expect(await paints()).toBeGreaterThan(painted);
    expect(timelineAnswers).toEqual([200, 200]);
    await expect.poll(() => map.panel.textContent()).toContain("A test fixture: Harris County asks to leave");
  });
});
