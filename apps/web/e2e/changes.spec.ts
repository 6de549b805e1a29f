import { categoryAt, indexesOf } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { ChangesPage } from "./pages/changes-page.js";
import { realModel, usePageSession } from "./support/session.js";
import { keepScreenshot } from "./support/screenshots.js";

const session = usePageSession();
const model = realModel();
let page: Page;
let changes: ChangesPage;
beforeEach(() => {
  page = session.page;
  changes = new ChangesPage(page, session.baseUrl);
});

function changedCounties(from: string, to: string): string[] {
  return indexesOf(model.timeline, "county")
    .map((i) => model.timeline.ids[i]!)
    .filter((id) => categoryAt(model, id, from) !== categoryAt(model, id, to));
}

describe("what changed", () => {
  it("lists every county that changed in 2014, each with the events that changed it and their sources", async () => {
    await changes.open("2014-01-01", "2015-01-01");
    const expected = changedCounties("2014-01-01", "2015-01-01");
    expect(await changes.changedCount()).toBe(expected.length);
    await keepScreenshot(page, "changes-2014.png");
    await changes.showEveryCluster();
    const listed = await changes.counties.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-fips")));
    expect(listed.sort()).toEqual(expected.sort());
    const clusters = await changes.clusters.all();
    for (const cluster of clusters) {
      const events = await cluster.getByTestId("change-event").all();
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        const links = await event.locator(".change-event__sources a[href^='http']").count();
        expect(links, (await event.getAttribute("data-event-id")) ?? "").toBeGreaterThan(0);
      }
    }
    const denver = changes.clusters.filter({ has: page.locator('[data-fips="08031"]') });
    expect(await denver.getByTestId("change-event").textContent()).toContain("Denver");
  });

  it("shows the states splitting between 2016 and 2018: Texas' counties under SB 4", async () => {
    await changes.open("2016-01-01", "2018-01-01");
    expect(await changes.changedCount()).toBe(changedCounties("2016-01-01", "2018-01-01").length);
    const first = changes.groups.first();
    expect(await first.locator("h4").textContent()).toContain("Activated, state mandates cooperation");
    expect(await first.getByTestId("change-cluster").first().textContent()).toContain("Texas");
    await keepScreenshot(page, "changes-2016-2018.png");
  });

  it("opens on the rollout, and a preset or a swap changes both dates in the URL", async () => {
    await page.goto(`${inject("baseUrl")}/changes?date=2013-01-22`);
    await changes.waitUntilPainted("2011-01-01", "2013-01-22");
    expect(await changes.changedCount()).toBe(changedCounties("2011-01-01", "2013-01-22").length);
    await page.getByRole("button", { name: "2014: the detainer wave" }).click();
    await changes.waitUntilPainted("2014-01-01", "2015-01-01");
    expect(new URL(page.url()).searchParams.get("from")).toBe("2014-01-01");
    await page.getByRole("button", { name: "Swap the dates" }).click();
    await changes.waitUntilPainted("2015-01-01", "2014-01-01");
    expect(new URL(page.url()).searchParams.get("to")).toBe("2014-01-01");
  });
});
