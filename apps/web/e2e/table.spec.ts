import { indexesOf } from "@scomm/core";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { TablePage } from "./pages/table-page.js";
import { realModel, usePageSession } from "./support/session.js";
import { keepScreenshot } from "./support/screenshots.js";

const session = usePageSession();
const model = realModel();
let page: Page;
let table: TablePage;
beforeEach(() => {
  page = session.page;
  table = new TablePage(page, session.baseUrl);
});

describe("the table", () => {
  it("holds every county core counts, 100 to a page", async () => {
    await table.open({ date: "2012-06-01" });
    const counties = indexesOf(model.timeline, "county").length;
    expect(counties).toBe(3142);
    expect(await table.total()).toBe(counties);
    expect(await table.rowCount.textContent()).toBe("1–100 of 3,142 counties");
    let rows = await table.rows.count();
    expect(rows).toBe(100);
    while (await table.nextPage()) {
      await expect.poll(() => table.rowCount.textContent()).toContain(`${(rows + 1).toLocaleString("en-US")}–`);
      rows += await table.rows.count();
    }
    expect(rows).toBe(counties);
  });

  it("sorts by a column both ways, announcing it with aria-sort", async () => {
    await table.open({ date: "2012-06-01" });
    await table.sortBy("name");
    expect(await table.header("name").getAttribute("aria-sort")).toBe("ascending");
    const up = await table.names();
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
    await table.sortBy("name");
    expect(await table.header("name").getAttribute("aria-sort")).toBe("descending");
    const down = await table.names();
    expect(down[0]!.localeCompare(up[0]!)).toBeGreaterThan(0);
    await table.sortBy("stateStance");
    expect(await table.header("stateStance").getAttribute("aria-sort")).toBe("ascending");
    expect(await table.header("name").getAttribute("aria-sort")).toBeNull();
    await expect.poll(() => table.rows.first().locator(".col-stance").first().textContent()).toContain("Objects");
    await keepScreenshot(page, "table.png", 1400);
  });

  it("filters by text, category and state; each row links to its page", async () => {
    await table.open({ date: "2012-06-01" });
    await page.getByRole("searchbox", { name: "Find" }).fill("kings");
    await expect.poll(() => table.total()).toBeLessThan(10);
    const kings = page.locator('[data-testid="table-row"][data-fips="36047"]');
    expect(await kings.locator(".col-category").textContent()).toContain("Activated over objection");
    expect(await kings.locator("th a").getAttribute("href")).toMatch(/^\/j\/36047\?/);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("over_objection");
    await page.getByRole("combobox", { name: "State", exact: true }).selectOption("36");
    await expect.poll(() => table.total()).toBe(62);
    await kings.locator("th a").click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/j/36047");
  });

  it("keeps sort, filters and page in the URL: a reload shows the same rows, back the previous sort", async () => {
    await table.open({ date: "2012-06-01" });
    await table.find.fill("county");
    await expect.poll(() => table.params().get("q")).toBe("county");
    await table.status.selectOption("activated");
    await expect.poll(() => table.params().get("filter")).toBe("activated");
    await table.sortBy("name");
    await expect.poll(() => table.params().get("sort")).toBe("name");
    await table.sortBy("name");
    await expect.poll(() => table.params().get("sort")).toBe("-name");
    const total = await table.total();
    expect(total).toBeGreaterThan(100);
    expect(await table.nextPage()).toBe(true);
    await expect.poll(() => table.params().get("page")).toBe("2");
    await expect.poll(() => table.rowCount.textContent()).toBe(`101–${Math.min(200, total)} of ${total.toLocaleString("en-US")} counties`);
    const rows = await table.names();
    expect(rows[0]!.localeCompare(rows.at(-1)!)).toBeGreaterThan(0);

    await page.reload();
    await table.rows.first().waitFor();
    expect(await table.names()).toEqual(rows);
    expect(await table.rowCount.textContent()).toBe(`101–${Math.min(200, total)} of ${total.toLocaleString("en-US")} counties`);
    expect(await table.header("name").getAttribute("aria-sort")).toBe("descending");
    expect(await table.find.inputValue()).toBe("county");
    expect(await table.status.inputValue()).toBe("activated");

    await page.goBack();
    await expect.poll(() => table.params().get("page")).toBeNull();
    await expect.poll(() => table.rowCount.textContent()).toBe(`1–100 of ${total.toLocaleString("en-US")} counties`);
    expect(await table.header("name").getAttribute("aria-sort")).toBe("descending");
    await page.goBack();
    await expect.poll(() => table.params().get("sort")).toBe("name");
    await expect.poll(() => table.header("name").getAttribute("aria-sort")).toBe("ascending");
    const up = await table.names();
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
    expect(await table.find.inputValue()).toBe("county");
  });
});
