import { countsAt } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { TrendsPage } from "./pages/trends-page.js";
import { realModel, usePageSession } from "./support/session.js";
import { keepScreenshot } from "./support/screenshots.js";

const session = usePageSession();
const model = realModel();
let page: Page;
let trends: TrendsPage;
beforeEach(() => {
  page = session.page;
  trends = new TrendsPage(page, session.baseUrl);
});

describe("trends", () => {
  it("draws the stacked chart with a cursor at the view's date and core's counts beside it", async () => {
    await trends.open({ date: "2011-07-01" });
    expect(await trends.chart.locator(".recharts-area").count()).toBe(6);
    const expected = countsAt(model, "2011-07-01", "county");
    expect(await trends.value("opt_out_pending")).toBe(expected.opt_out_pending.toLocaleString("en-US"));
    expect(await trends.value("total")).toBe("3,142");
    expect(await trends.caption.textContent()).toMatch(/every county shown by February 2013/);
    await keepScreenshot(page, "trends.png");
  });

  it("moves the date where the chart is clicked, in the URL too, and the cursor follows", async () => {
    await trends.open({ date: "2011-07-01" });
    const before = await trends.cursorX();
    await trends.clickAt(0.75);
    await expect.poll(() => trends.query("date")).not.toBe("2011-07-01");
    const picked = trends.query("date")!;
    expect(picked > "2018-01-01" && picked.endsWith("-01"), picked).toBe(true);
    await expect.poll(() => trends.cursorX()).toBeGreaterThan(before + 200);
    await page.goBack();
    await expect.poll(() => trends.query("date")).toBe("2011-07-01");
  });

  it("switches to shares of the 2010 population, which changes every value", async () => {
    await trends.open({ date: "2012-06-01" });
    const counted = await trends.value("over_objection");
    await trends.chooseMeasure("Share of population");
    await expect.poll(() => trends.query("weight")).toBe("population");
    await expect.poll(() => trends.value("over_objection")).not.toBe(counted);
    const people = countsAt(model, "2012-06-01", "county", "population");
    const total = Object.values(people).reduce((a, b) => a + b, 0);
    const share = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 }).format(people.over_objection / total);
    expect(await trends.value("over_objection")).toBe(share);
    expect(await trends.value("total")).toBe("100%");
  });

  it("filters to one state", async () => {
    await trends.open({ date: "2011-07-01", state: "36" });
    expect(await trends.value("total")).toBe("62");
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toContain("New York");
  });
});
