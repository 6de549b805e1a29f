import { categoryAt } from "@scomm/core";
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

/** Press Tab until `locator` has focus (a keyboard user's way there). */
async function tabTo(target: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

describe("the map by keyboard alone", () => {
  it("moves the date with the slider's keys", async () => {
    await map.open({ date: "2011-07-15", level: "county" });
    await tabTo('[data-testid="date-slider"] input[type="range"]');
    await page.keyboard.press("PageUp");
    await map.waitUntilPainted("2012-07-15", "county");
    expect(await map.slider.getAttribute("aria-valuetext")).toBe("July 15, 2012");
    await page.keyboard.press("ArrowUp");
    await map.waitUntilPainted("2012-08-01", "county");
    await page.keyboard.press("ArrowLeft");
    await map.waitUntilPainted("2012-07-31", "county");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowDown");
    await map.waitUntilPainted("2011-07-01", "county");
    await page.keyboard.press("Home");
    await map.waitUntilPainted("2008-01-01", "county");
    await expect.poll(() => map.query("date")).toBe("2008-01-01");
    await page.keyboard.press(" ");
    await expect.poll(() => map.playButton.textContent()).toContain("Pause");
    await page.keyboard.press(" ");
    await expect.poll(() => map.playButton.textContent()).toContain("Play");
  });

  it("speaks the slider's date in the page's language", async () => {
    await map.open({ date: "2011-07-01", level: "county", lang: "es" });
    expect(await map.slider.getAttribute("aria-valuetext")).toBe("1 de julio de 2011");
    expect(await map.slider.getAttribute("role")).toBeNull(); // a native range input: role slider implied
    expect(await map.slider.evaluate((input) => input.getAttribute("type"))).toBe("range");
  });

  it("opens a county picked by name and reads its category", async () => {
    const date = "2011-07-01";
    await map.open({ date, level: "county" });
    await tabTo('[data-testid="open-jurisdiction"] select');
    await page.keyboard.type("New York");
    await page.keyboard.press("Tab");
    // The state's counties arrive once it is chosen.
    await page.locator('[data-testid="open-jurisdiction"] select').nth(1).locator("option").nth(1).waitFor({ state: "attached" });
    await page.keyboard.type("Kings");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => map.query("selected")).toBe("36047");
    // Focus lands on the panel's heading, which names the county; the category follows it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain("Kings County");
    expect(await map.panelCategory()).toBe(categoryAt(model, "36047", date));
    expect(await map.panel.getByTestId("panel-category").textContent()).toContain("Opt-out pending");
    expect(await map.panel.textContent()).toContain("Activated May 15, 2012");
    await tabTo('[data-testid="jurisdiction-panel"] a');
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toMatch(/^\/j\/36047\?/);
  });

  it("zooms and highlights from the keyboard", async () => {
    await map.open({ date: "2011-07-01", level: "county" });
    await tabTo('button[aria-label="Zoom in"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => map.query("zoom")).toBe("2,-487.5,-305");
    await tabTo('[data-testid="legend-toggle-limits"]');
    await page.keyboard.press(" ");
    await expect.poll(() => map.query("highlight")).toBe("limits");
  });
});
