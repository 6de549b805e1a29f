import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { JurisdictionPage, NotFoundPage } from "./pages/jurisdiction-page.js";
import { connectBrowser } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
});
afterAll(() => browser.close());

const PAGES = {
  "a county (Arlington County, VA)": (page: Page) => new JurisdictionPage(page, inject("baseUrl")).open("51013", { date: "2011-07-01" }),
  "a state (New York)": async (page: Page) => {
    await new JurisdictionPage(page, inject("baseUrl")).open("36", { date: "2011-07-01" });
    await page.getByTestId("counties-table").locator("tbody tr").first().waitFor();
  },
  "the 404 page": async (page: Page) => {
    await page.goto(`${inject("baseUrl")}/j/99999`);
    await new NotFoundPage(page).main.getByText("Nothing is close").waitFor({ timeout: 30_000 });
  },
};

it.each(Object.keys(PAGES))("has no serious or critical axe violations on %s", async (name) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await PAGES[name as keyof typeof PAGES](page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await context.close();
});
