import type { Locator, Page } from "playwright-core";

/** /changes: two dates, the map of changed counties and the grouped list of who changed and why. */
export class ChangesPage {
  readonly map: Locator;
  readonly summary: Locator;
  readonly groups: Locator;
  readonly clusters: Locator;
  readonly counties: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.map = page.getByTestId("county-map");
    this.summary = page.getByTestId("changes-summary");
    this.groups = page.getByTestId("change-group");
    this.clusters = page.getByTestId("change-cluster");
    this.counties = page.getByTestId("changed-county");
  }

  async open(from: string, to: string, lang?: "en" | "es"): Promise<void> {
    await this.page.goto(`${this.baseUrl}/changes?date=${to}&from=${from}&to=${to}${lang ? `&lang=${lang}` : ""}`);
    await this.waitUntilPainted(from, to);
  }

  async waitUntilPainted(from: string, to: string): Promise<void> {
    await this.page.locator(`[data-testid="county-map"][data-painted="${from}/${to}"]`).waitFor({ timeout: 30_000 });
    await this.groups
      .first()
      .or(this.page.getByText(/No county changed/))
      .first()
      .waitFor({ timeout: 30_000 });
  }

  async changedCount(): Promise<number> {
    return Number(await this.summary.getAttribute("data-count"));
  }

  /** Press every "show more" until each cluster of every group is listed. */
  async showEveryCluster(): Promise<void> {
    const more = this.page.getByRole("button", { name: /^Show \d[\d,]* more counties$/ });
    while ((await more.count()) > 0) await more.first().click();
    const names = this.page.getByRole("button", { name: /^and \d[\d,]* more$/ });
    while ((await names.count()) > 0) await names.first().click();
  }
}
