import { dayNumber, fromDayNumber } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { MapPage } from "./pages/map-page.js";
import { holdClock, installClock } from "./support/clock.js";
import { RenderProbe } from "./support/render-probe.js";
import { usePageSession } from "./support/session.js";

const session = usePageSession({ width: 1280, height: 900 });

/** What shows the date: these render once for each step. */
const SHOWS_THE_DATE = {
  dateLabel: '[data-testid="map-date"]',
  legend: '[data-testid="legend"]',
};

/** What does not: the header and everything in it, and the map page's controls that do not show the date. */
const SHOWS_NO_DATE = {
  header: "header.site-header",
  nav: "nav.site-nav",
  navLink: "nav.site-nav a",
  search: '[data-testid="search"] [role="combobox"]',
  language: "label.site-nav__lang",
  levelToggle: ".map-panel__toolbar fieldset.level-toggle",
  exportButton: '.map-panel__toolbar [data-testid="export-open"]',
  zoomControls: ".zoom-controls",
  openJurisdiction: '[data-testid="open-jurisdiction"]',
  yearTicks: ".date-slider__ticks",
  eraBand: ".date-slider__band",
  milestones: ".milestones",
};

const STEPS = 12;
const START = "2011-06-01";

/**
 * Renders are counted on the built app through the props React commits to each element (see RenderProbe).
 * The page's clock is held, so the settled tier of the location (links and the search follow the date once
 * the slider rests) never catches up during the steps: what is counted is the steps alone.
 */
describe("a slider step", () => {
  it("re-renders the date label and the legend once a step, and nothing in the header nor the map's other controls", async () => {
    const page = session.page;
    const map = new MapPage(page, session.baseUrl);
    await installClock(page);
    await map.open({ date: START, level: "county" });
    await holdClock(page);
    const probe = new RenderProbe(page, { ...SHOWS_THE_DATE, ...SHOWS_NO_DATE });
    await probe.start();
    expect(await probe.missing()).toEqual([]);

    await map.slider.focus();
    for (let step = 1; step <= STEPS; step++) {
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => map.date()).toBe(fromDayNumber(dayNumber(START) + step));
      await probe.sample();
    }

    const counts = await probe.counts();
    expect(counts).toEqual({
      ...Object.fromEntries(Object.keys(SHOWS_THE_DATE).map((name) => [name, STEPS])),
      ...Object.fromEntries(Object.keys(SHOWS_NO_DATE).map((name) => [name, 0])),
    });
  });
});
