import { todayIso } from "@scomm/core";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { keepScreenshot } from "./support/screenshots.js";
import { usePageSession } from "./support/session.js";

/** The part of an element inside the first viewport, as a share of the viewport's height it takes (0 when below). */
async function topInViewport(page: Page, locator: Locator): Promise<{ top: number; bottom: number; height: number }> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  if (!box) throw new Error("element not rendered");
  return { top: box.y, bottom: box.y + box.height, height };
}

describe.each([
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 375, height: 812 }],
] as const)("the first screen on a %s", (name, viewport) => {
  const session = usePageSession(viewport);

  it("opens on today, and shows the date, Play, the map and the legend without scrolling", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/`);
    const map = new MapPage(page, session.baseUrl);
    await map.waitUntilPainted(todayIso(), "county");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const [what, locator] of [
      ["date", map.dateText],
      ["Play", map.playButton],
      ["map", map.map],
    ] as const) {
      const { bottom, top, height } = await topInViewport(page, locator);
      expect(top, what).toBeGreaterThanOrEqual(0);
      // The whole control (the map: at least its top half) is on the first screen.
      expect(what === "map" ? (top + bottom) / 2 : bottom, what).toBeLessThanOrEqual(height);
    }
    // The legend's heading and at least its first categories.
    const legend = await topInViewport(page, page.getByTestId("legend-count-not_activated"));
    expect(legend.bottom).toBeLessThanOrEqual(legend.height);
    await keepScreenshot(page, `first-screen-${name}.png`, viewport.height);
  });
});
