import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { ChangesPage } from "./pages/changes-page.js";
import { TablePage } from "./pages/table-page.js";
import { TrendsPage } from "./pages/trends-page.js";
import { connectBrowser } from "./support/browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
});
afterAll(() => browser.close());

const VIEWS = {
  trends: (page, base, lang) => new TrendsPage(page, base).open({ date: "2011-07-01", lang }),
  "what changed": (page, base, lang) => new ChangesPage(page, base).open("2014-01-01", "2015-01-01", lang),
  table: (page, base, lang) => new TablePage(page, base).open({ date: "2012-06-01", lang }),
} satisfies Record<string, (page: import("playwright-core").Page, base: string, lang: "en" | "es") => Promise<void>>;

it.each(Object.keys(VIEWS).flatMap((view) => (["en", "es"] as const).map((lang) => [view, lang] as const)))(
  "has no serious or critical axe violations on %s (%s)",
  async (view, lang) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await VIEWS[view as keyof typeof VIEWS](page, inject("baseUrl"), lang);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  },
);
