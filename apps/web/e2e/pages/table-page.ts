import type { Locator, Page } from "playwright-core";

/** /table: every county or state, sorted and filtered, a page at a time. */
export class TablePage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly rowCount: Locator;
  readonly find: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.table = page.getByTestId("jurisdiction-table");
    this.rows = page.getByTestId("table-row");
    this.rowCount = page.getByTestId("table-row-count");
    this.find = page.getByRole("searchbox", { name: "Find" });
    this.status = page.getByRole("combobox", { name: "Status", exact: true });
  }

  async open(query: { date: string; level?: "county" | "state"; lang?: "en" | "es" }): Promise<void> {
    const params = new URLSearchParams({ date: query.date, level: query.level ?? "county" });
    if (query.lang) params.set("lang", query.lang);
    await this.page.goto(`${this.baseUrl}/table?${params.toString()}`);
    await this.rows.first().waitFor({ timeout: 30_000 });
  }

  /** The total the row-count label reports (all pages). */
  async total(): Promise<number> {
    return Number(await this.rowCount.getAttribute("data-total"));
  }

  header(key: string): Locator {
    return this.table.locator(`th:has(button[data-sort-key="${key}"])`);
  }

  async sortBy(key: string): Promise<void> {
    await this.table.locator(`button[data-sort-key="${key}"]`).click();
  }

  async names(): Promise<string[]> {
    return this.rows.locator("th a").allTextContents();
  }

  /** The page's query string, to read what the URL keeps of the view. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async nextPage(): Promise<boolean> {
    const next = this.page.getByRole("button", { name: "Next page" });
    if (await next.isDisabled()) return false;
    await next.click();
    return true;
  }
}
