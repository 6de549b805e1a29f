import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { ATLAS_WIDTH, countyCentroid } from "./support/atlas-points.js";
import { usePageSession } from "./support/session.js";

const DATE = "2011-07-01";
const session = usePageSession();
let context: BrowserContext;
let page: Page;
let map: MapPage;

// A phone: 375 x 812 CSS px, touch, DPR 3. The national county map is about 350 px wide: a county is a few px.
beforeEach(async () => {
  context = await session.browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 3,
  });
  page = await context.newPage();
  map = new MapPage(page, session.baseUrl);
  await map.open({ date: DATE, level: "county" });
});
afterEach(() => context.close());

/** The screen point of a county's centroid on the map. */
async function pointOf(fips: string): Promise<{ x: number; y: number }> {
  const box = (await map.map.boundingBox())!;
  const [x, y] = countyCentroid(fips);
  const scale = box.width / ATLAS_WIDTH;
  return { x: box.x + x * scale, y: box.y + y * scale };
}

describe("a finger on the phone's map", () => {
  it("pins the county it is aimed at: Worcester County, MA, not a neighbour across the state line", async () => {
    const { x, y } = await pointOf("25027");
    await page.touchscreen.tap(x, y);
    await expect.poll(() => map.query("selected")).toBe("25027");
  });

  it("lands on what the fingertip covers, not a sliver under its centre; a mouse still picks the sliver", async () => {
    // The District of Columbia (about 3 device px across here) sits between Maryland's and Virginia's counties.
    const { x, y } = await pointOf("11001");
    await page.touchscreen.tap(x, y);
    await expect.poll(() => map.query("selected")).toMatch(/^(24|51)\d{3}$/);
    await map.open({ date: DATE, level: "county" });
    await page.mouse.click(x, y);
    await expect.poll(() => map.query("selected")).toBe("11001");
  });
});
