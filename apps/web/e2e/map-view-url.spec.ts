import { countyCentroid } from "./support/atlas-points.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { connectBrowser } from "./support/browser.js";

let browser: Browser;
let page: Page;
let map: MapPage;

beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  map = new MapPage(page, inject("baseUrl"));
});
afterEach(() => page.close());

/** Everything the view in the URL puts on screen. */
async function expectView(view: { date: string; level: "county" | "state"; zoom: string; selected: string; highlight: string }) {
  await map.waitUntilPainted(view.date, view.level);
  await map.waitUntilZoomDrawn(view.zoom);
  expect(await map.date()).toBe(view.date);
  expect(await page.getByRole("radio", { name: view.level === "county" ? "Counties" : "States" }).isChecked()).toBe(true);
  expect(await map.panel.getByRole("heading", { level: 2 }).textContent()).toContain("Kings County");
  expect(await map.legendToggle("over_objection").getAttribute("aria-pressed")).toBe(
    view.highlight === "over_objection" ? "true" : "false",
  );
  for (const key of ["date", "level", "zoom", "selected", "highlight"] as const) expect(await map.query(key), key).toBe(view[key]);
}

describe("the view in the URL", () => {
  it("restores date, level, zoom, selection and highlight on reload", async () => {
    const view = { date: "2012-03-01", level: "county", zoom: "2,-300,-100", selected: "36047", highlight: "over_objection" } as const;
    await map.open(view);
    await expectView(view);
    await page.reload();
    await expectView(view);
  });

  it("writes what the reader does, and a reload brings it back", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await map.clickCounty("36047");
    await expect.poll(() => map.query("selected")).toBe("36047");
    await map.legendToggle("over_objection").click();
    await expect.poll(() => map.query("highlight")).toBe("over_objection");
    await page.getByRole("button", { name: "Zoom in" }).click();
    // "+" doubles the scale and heads for the pinned county: Kings County's centre goes to the frame's
    // centre (975x610 map units) as far as the map's east edge allows (x no lower than 975 - 2 * 975).
    await expect.poll(() => map.query("zoom")).toMatch(/^2,/);
    const zoom = (await map.query("zoom"))!;
    const [, x, y] = zoom.split(",").map(Number) as [number, number, number];
    const [, cy] = countyCentroid("36047");
    expect(x).toBe(-975);
    expect(y).toBeCloseTo(610 / 2 - 2 * cy, 0);
    await map.nextMonth();
    await map.waitUntilPainted("2011-08-01", "county");
    await page.reload();
    await expectView({ date: "2011-08-01", level: "county", zoom, selected: "36047", highlight: "over_objection" });
    // A second click on the highlighted category clears it; reset returns to the whole country.
    await map.legendToggle("over_objection").click();
    await expect.poll(() => map.query("highlight")).toBeNull();
    await page.getByRole("button", { name: "Show the whole country" }).click();
    await expect.poll(() => map.query("zoom")).toBeNull();
    await map.waitUntilZoomDrawn("1,0,0");
  });

  it("zooms with the wheel about the pointer and pans by dragging", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await map.hoverCounty("36047");
    await page.mouse.wheel(0, -400);
    await expect.poll(() => map.query("zoom")).not.toBeNull();
    const zoomed = (await map.query("zoom"))!;
    expect(Number(zoomed.split(",")[0])).toBeGreaterThan(1.5);
    await map.waitUntilZoomDrawn(zoomed);
    // Kings County is still under the pointer: hovering shows it.
    await page.mouse.move(1, 1);
    await map.hoverCounty("36047");
    await expect.poll(() => map.tooltip.textContent()).toContain("Kings County");
    const box = (await map.map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => map.query("zoom")).not.toBe(zoomed);
    expect(await map.query("selected")).toBeNull(); // a drag is not a click
  });

  it("goes back and forward through level changes", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await map.chooseLevel("States");
    await map.waitUntilPainted("2011-07-01", "state");
    await page.goBack();
    await map.waitUntilPainted("2011-07-01", "county");
    expect(await page.getByRole("radio", { name: "Counties" }).isChecked()).toBe(true);
    expect(await map.query("level")).toBe("county");
    await page.goForward();
    await map.waitUntilPainted("2011-07-01", "state");
    expect(await page.getByRole("radio", { name: "States" }).isChecked()).toBe(true);
  });
});
