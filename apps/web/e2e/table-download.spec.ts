import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { TablePage } from "./pages/table-page.js";
import { usePageSession } from "./support/session.js";

const session = usePageSession();
let page: Page;
let table: TablePage;
/** Every request the page sends to the api (tRPC, the timeline, data files), by path and query. */
let apiCalls: string[];
beforeEach(() => {
  page = session.page;
  table = new TablePage(page, session.baseUrl);
  apiCalls = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^\/(trpc|api|data|export)\//.test(url.pathname)) apiCalls.push(decodeURIComponent(url.pathname + url.search));
  });
});

/** The labels of the two filters in each language. */
const LABELS = { en: { status: "Status", state: "State" }, es: { status: "Situación", state: "Estado" } } as const;

/** Move the table's date a year on (Page Up on its slider, 2012-06-01 to 2013-06-01) and wait for that date's rows. */
async function aYearOn(): Promise<void> {
  await table.slider.focus();
  await page.keyboard.press("PageUp");
  await expect.poll(() => table.params().get("date")).toBe("2013-06-01");
  await table.showsDate("2013-06-01");
}

describe("the table's rows come from the api", () => {
  it("asks it at most twice to load, once per new date, never to filter or sort", async () => {
    await table.open({ date: "2012-06-01" });
    await page.waitForLoadState("networkidle");
    expect(apiCalls.length).toBeLessThanOrEqual(2);
    // The page's one query; besides it only the status timeline, which index.html preloads for the map's
    // first screen whatever the route.
    expect(apiCalls.filter((call) => call.startsWith("/trpc/status.table"))).toHaveLength(1);
    expect(apiCalls.filter((call) => !call.startsWith("/trpc/status.table"))).toEqual(apiCalls.length === 2 ? ["/api/timeline.json"] : []);
    const loaded = apiCalls.length;

    await aYearOn();
    await page.waitForLoadState("networkidle");
    expect(apiCalls.slice(loaded)).toHaveLength(1);
    expect(apiCalls.at(-1)).toContain('"date":"2013-06-01"');

    await page.getByRole("combobox", { name: "State", exact: true }).selectOption("06");
    await table.find.fill("santa");
    await table.sortBy("name");
    await page.waitForLoadState("networkidle");
    expect(apiCalls).toHaveLength(loaded + 1);
  });
});

describe("Download these rows (CSV)", () => {
  it.each(["en", "es"] as const)("holds exactly the rows on screen, after the date, filters and sort (%s)", async (lang) => {
    await table.open({ date: "2012-06-01", lang });
    await aYearOn();
    await page.getByRole("combobox", { name: LABELS[lang].state, exact: true }).selectOption("06");
    await page.getByRole("combobox", { name: LABELS[lang].status, exact: true }).selectOption("limits");
    // California on 2013-06-01: only San Francisco (its sheriff's detainer limits of 2011-06-01, sc-038) and
    // Santa Clara (its board's Policy 3.54 of 2011-10-18, sc-044) limit cooperation; the TRUST Act is later.
    await expect.poll(() => table.total()).toBe(2);
    await table.sortBy("name");
    await table.sortBy("name");
    await expect.poll(() => table.rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-fips")))).toEqual(["06085", "06075"]);

    const csv = await table.downloadCsv();
    expect(csv.name).toBe("scomm-atlas-table-06-2013-06-01-county.csv");
    expect(csv.bom).toBe(true);
    expect(csv.rows).toEqual(await table.screenRows());
    const headings = await table.headings();
    expect(csv.head.filter((h) => headings.includes(h))).toEqual(headings);
    expect(csv.head).toHaveLength(1 + headings.length + 4);
  });

  it("holds every row the filters keep, from every page, in the table's order", async () => {
    await table.open({ date: "2012-06-01" });
    await table.status.selectOption("over_objection");
    const total = await table.total();
    expect(total).toBeGreaterThan(100);
    const firstPage = await table.screenRows();
    const csv = await table.downloadCsv();
    expect(csv.rows).toHaveLength(total);
    expect(csv.rows.slice(0, 100)).toEqual(firstPage);
    expect(new Set(csv.rows.map((r) => r[3]))).toEqual(new Set(["Activated over objection"]));
  });
});
