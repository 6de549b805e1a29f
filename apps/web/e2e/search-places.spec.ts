import { categoryAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { MapPage } from "./pages/map-page.js";
import { SearchBox } from "./pages/search-box.js";
import { ATLAS_WIDTH, countyCentroid } from "./support/atlas-points.js";
import { seriousViolations } from "./support/axe.js";
import { keepScreenshot } from "./support/screenshots.js";
import { realModel, usePageSession } from "./support/session.js";

const session = usePageSession({ width: 1280, height: 800 });
const model = realModel();
/** The frame's height in map units (us-atlas' Albers box is 975 x 610). */
const ATLAS_HEIGHT = 610;
const DATE = "2012-06-01";
let page: Page;
let map: MapPage;
let search: SearchBox;
beforeEach(() => {
  page = session.page;
  map = new MapPage(page, session.baseUrl);
  search = new SearchBox(page);
});

/** The map's zoom as the URL writes it, `k,x,y`. */
async function urlZoom(): Promise<{ key: string; k: number; x: number; y: number }> {
  await expect.poll(() => map.query("zoom")).not.toBeNull();
  const key = (await map.query("zoom"))!;
  const [k, x, y] = key.split(",").map(Number) as [number, number, number];
  return { key, k, x, y };
}

/** The two screens: a laptop and a phone. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];

describe.each(SCREENS)("search that knows places, on the map at $width x $height", (screen) => {
  beforeEach(() => page.setViewportSize(screen));

  it("'brooklyn' lists Kings County, NY first; choosing it pins it, shows counties and zooms onto it", async () => {
    await map.open({ date: DATE, level: "state" });
    await search.type("brooklyn");
    // Kings County first; Brookings County, SD (a typo away) may follow, never lead.
    expect((await search.optionIds())[0]).toBe("36047");
    expect((await search.optionTexts())[0]).toBe("Brooklyn Borough · Kings County, NY");

    await search.options.first().click();
    await expect.poll(() => map.query("selected")).toBe("36047");
    expect(await map.query("level")).toBe("county");
    expect(new URL(page.url()).pathname).toBe("/");
    await map.panel.waitFor();
    await expect.poll(() => map.panel.getByRole("heading", { level: 2 }).textContent()).toContain("Kings County");
    expect(await map.panelCategory()).toBe(categoryAt(model, "36047", DATE));
    // The reader goes on reading at the pinned county: its panel's heading has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("jurisdiction-panel-title");

    // Kings County sits in the middle of the zoomed frame, drawn at that zoom.
    const zoom = await urlZoom();
    expect(zoom.k).toBeGreaterThanOrEqual(8);
    await map.waitUntilZoomDrawn(zoom.key);
    const [cx, cy] = countyCentroid("36047");
    expect(Math.abs(zoom.k * cx + zoom.x - ATLAS_WIDTH / 2)).toBeLessThan(ATLAS_WIDTH / 10);
    expect(Math.abs(zoom.k * cy + zoom.y - ATLAS_HEIGHT / 2)).toBeLessThan(ATLAS_HEIGHT / 10);
  });

  it("'miami' lists Miami-Dade, FL first, then the Miami Counties, each with its status on the map's date", async () => {
    await map.open({ date: DATE, level: "county" });
    await search.type("miami");
    const ids = await search.optionIds();
    expect(ids[0]).toBe("12086");
    expect((await search.optionTexts())[0]).toContain("Miami-Dade County, FL");
    // Miami County in Ohio, Indiana and Kansas all come after it.
    for (const id of ["39109", "18103", "20121"]) expect(ids.indexOf(id)).toBeGreaterThan(0);

    await page.locator(".search-option [data-category]").first().waitFor();
    expect(await search.optionCategories()).toEqual(ids.map((id) => categoryAt(model, id, DATE)));
    expect(await page.getByTestId("search-status-date").textContent()).toBe("Status on June 1, 2012");
    await keepScreenshot(page, `search-miami-statuses-${screen.width}.png`, 700);
  });
});

describe("the statuses beside the matches", () => {
  it("shows the statuses of the date the map moves to", async () => {
    const [before, after] = ["2008-06-01", "2013-06-01"];
    const ids = ["12086", "17031", "36047"];
    // The chosen counties changed status between the two dates: a list stuck on one date cannot pass.
    expect(ids.map((id) => categoryAt(model, id, before))).not.toEqual(ids.map((id) => categoryAt(model, id, after)));
    for (const date of [before, after]) {
      await map.open({ date, level: "county" });
      for (const [query, id] of [
        ["miami", "12086"],
        ["chicago", "17031"],
        ["brooklyn", "36047"],
      ] as const) {
        await search.input.fill("");
        await search.type(query);
        await page.locator(`.search-option[data-id="${id}"] [data-category]`).first().waitFor();
        expect((await search.optionCategories())[0]).toBe(categoryAt(model, id, date));
      }
    }
  });
});

describe("the open list, to assistive technology", () => {
  it.each(["en", "es"] as const)("has no serious or critical axe violation under the WCAG 2.2 A/AA rules (%s)", async (lang) => {
    // axe wants a page of its own browser context.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const own = await context.newPage();
    await new MapPage(own, session.baseUrl).open({ date: DATE, level: "county", lang });
    await new SearchBox(own).type("new york");
    await own.locator(".search-option [data-category]").first().waitFor();
    const serious = await seriousViolations(own, '[data-testid="search"]');
    await context.close();
    expect(serious).toEqual([]);
  });
});

describe.each(SCREENS)("search in Spanish at $width x $height", (screen) => {
  beforeEach(() => page.setViewportSize(screen));

  it("'condado de cook' on the map pins Cook County, IL", async () => {
    await map.open({ date: DATE, level: "county", lang: "es" });
    await search.type("condado de cook");
    expect((await search.optionIds())[0]).toBe("17031");
    // Listed as a Spanish reader writes it.
    expect((await search.optionTexts())[0]).toBe("Condado de Cook Illinois");
    await search.press("Enter");
    await expect.poll(() => map.query("selected")).toBe("17031");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("jurisdiction-panel-title");
    expect(await map.query("lang")).toBe("es");
    await map.panel.waitFor();
    await expect.poll(() => map.panel.getByRole("heading", { level: 2 }).textContent()).toContain("Condado de Cook");
  });

  it("'condado de cook' away from the map opens Cook County, IL's page", async () => {
    await page.goto(`${session.baseUrl}/table?date=${DATE}&level=county&lang=es`);
    await search.type("condado de cook");
    await search.options.first().waitFor();
    await search.press("Enter");
    await page.waitForURL(/\/j\/17031\?/);
    const jurisdiction = new JurisdictionPage(page, session.baseUrl);
    await jurisdiction.ready(DATE);
    expect(await jurisdiction.name.innerText()).toBe("Condado de Cook, IL");
    expect(await page.title()).toContain("Condado de Cook, IL");
  });

  it("'nueva york' is New York State", async () => {
    await map.open({ date: DATE, level: "state", lang: "es" });
    await search.type("nueva york");
    expect((await search.optionIds())[0]).toBe("36");
    expect((await search.optionTexts())[0]).toMatch(/^Nueva York/);
  });
});
