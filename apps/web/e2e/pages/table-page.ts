import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import { downloadFrom } from "../support/downloads.js";

/** /table: every county or state, sorted and filtered, a page at a time. */
export class TablePage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly rowCount: Locator;
  readonly find: Locator;
  readonly status: Locator;
  readonly slider: Locator;
  readonly downloadButton: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.table = page.getByTestId("jurisdiction-table");
    this.rows = page.getByTestId("table-row");
    this.rowCount = page.getByTestId("table-row-count");
    this.find = page.getByRole("searchbox", { name: "Find" });
    this.status = page.getByRole("combobox", { name: "Status", exact: true });
    this.slider = page.getByTestId("date-slider").getByRole("slider");
    this.downloadButton = page.getByTestId("table-download");
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

  /** Wait until the table shows the rows of `date` (the api has answered for it). */
  async showsDate(date: string): Promise<void> {
    await this.page.locator(`[data-testid="jurisdiction-table"][data-date="${date}"]:not([aria-busy])`).waitFor({ timeout: 30_000 });
  }

  /** The column headings as shown, without their sort marks. */
  async headings(): Promise<string[]> {
    return this.table.locator("thead .sort-button").evaluateAll((buttons) =>
      buttons.map((b) =>
        [...b.childNodes]
          .filter((n) => !(n instanceof Element && n.matches(".sort-button__mark")))
          .map((n) => n.textContent)
          .join("")
          .trim(),
      ),
    );
  }

  /**
   * The rows on screen as the download writes them: FIPS, then each cell's text, a date as its `datetime`
   * (empty for "Not yet"), and a stance as its word, since when and who (empty for "None").
   */
  async screenRows(): Promise<string[][]> {
    return this.rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const text = (el: Element | null) => el?.textContent?.trim() ?? "";
        const datetime = (el: Element) => el.querySelector("time")?.getAttribute("datetime") ?? "";
        const cells = [...tr.querySelectorAll("td")].flatMap((td) => {
          if (td.matches(".col-activation")) return [datetime(td)];
          if (!td.matches(".col-stance")) return [text(td)];
          const none = td.querySelector(".stance--none");
          return none
            ? [text(none), "", ""]
            : [text(td.querySelector(".stance__word")), datetime(td), text(td.querySelector(".stance__actor"))];
        });
        return [(tr as HTMLElement).dataset.fips ?? "", text(tr.querySelector("th a")), ...cells];
      }),
    );
  }

  /** Press "Download these rows (CSV)": the file's name and its lines (BOM dropped), parsed. */
  async downloadCsv(): Promise<{ name: string; bom: boolean; head: string[]; rows: string[][] }> {
    const { bytes, name } = await downloadFrom(this.page, this.downloadButton);
    const text = bytes.toString("utf8");
    const [head, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    return { name, bom: text.startsWith("\uFEFF"), head: head ?? [], rows };
  }
}
