import { describe, expect, it } from "vitest";
import { ExportDialog } from "./pages/export-dialog.js";
import { seriousViolations } from "./support/axe.js";
import { usePageSession } from "./support/session.js";

/**
 * Every page, in both languages, at a desktop and a phone width, against axe's WCAG 2.0-2.2 A/AA rules
 * (target-size included), once what the page loads has arrived; the map page also with its export dialog open.
 */
const PAGES: Record<string, { path: string; ready: string }> = {
  map: { path: "/?date=2011-07-01&level=county", ready: '[data-testid="county-map"][data-painted]' },
  "state map": { path: "/?date=2011-07-01&level=state", ready: '[data-testid="county-map"][data-painted]' },
  trends: { path: "/trends?date=2011-07-01", ready: ".trends-page svg" },
  "what changed": { path: "/changes?from=2014-01-01&to=2015-01-01", ready: '[data-testid="change-event"], .changes-page ol' },
  table: { path: "/table?date=2012-06-01", ready: ".table-page table tbody tr" },
  about: { path: "/about", ready: '[data-testid="record-dates"] p:not([role])' },
  county: { path: "/j/17031?date=2013-02-01", ready: '[data-testid="jurisdiction-page"]' },
  state: { path: "/j/36?date=2012-06-01", ready: '[data-testid="jurisdiction-page"]' },
  "map embed": { path: "/embed/map?date=2011-07-01&level=county", ready: '[data-testid="county-map"][data-painted]' },
  "compact map embed": { path: "/embed/map?date=2011-07-01&level=county&compact=1", ready: '[data-testid="county-map"][data-painted]' },
  "trends embed": { path: "/embed/trends?date=2011-07-01", ready: ".trends-page svg" },
  "not found": { path: "/no-such-page", ready: '[data-testid="not-found"]' },
};

describe.each([
  ["1280x800", { width: 1280, height: 800 }],
  ["375x812", { width: 375, height: 812 }],
] as const)("WCAG 2.2 at %s", (_size, viewport) => {
  const session = usePageSession(viewport);
  const cases = Object.keys(PAGES).flatMap((name) => (["en", "es"] as const).map((lang) => [name, lang] as const));

  it.each(cases)("%s (%s) has no serious or critical violation", async (name, lang) => {
    const { path, ready } = PAGES[name]!;
    const { page } = session;
    await page.goto(`${session.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the map with its export dialog open has no serious or critical violation", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/?date=2011-07-01&level=county`);
    await page.locator('[data-testid="county-map"][data-painted]').waitFor();
    await new ExportDialog(page).open();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
