import type { Locator, Page } from "playwright-core";

export type WhyRole = "era" | "state_stance" | "county_stance" | "activation";

/** /j/<fips>: a state's or county's permalink page, at a date. */
export class JurisdictionPage {
  readonly main: Locator;
  readonly name: Locator;
  readonly why: Locator;
  readonly timeline: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.main = page.getByTestId("jurisdiction-page");
    this.name = page.getByTestId("jurisdiction-name");
    this.why = page.getByTestId("why-this-colour");
    this.timeline = page.getByTestId("event-timeline");
  }

  async open(id: string, query: { date: string; lang?: "en" | "es" }): Promise<void> {
    const params = new URLSearchParams({ date: query.date, level: "county" });
    if (query.lang) params.set("lang", query.lang);
    await this.page.goto(`${this.baseUrl}/j/${id}?${params.toString()}`);
    await this.ready(query.date);
  }

  /** Explanation at `date`, statuses from the timeline, federal events and the locator map all in. */
  async ready(date?: string): Promise<void> {
    const at = date ? `[data-date="${date}"]` : "";
    await this.page.locator(`[data-testid="jurisdiction-page"]${at}`).waitFor({ timeout: 30_000 });
    await this.page.locator('[data-testid="status-at-date"]:not([data-category=""])').waitFor();
    await this.timeline.locator('[data-event-id="sc-001"]').waitFor();
    await this.page.locator('[data-testid="locator-map"] svg').waitFor();
  }

  /** An event's row in the timeline (inside a disputed pair too). */
  event(id: string): Locator {
    return this.timeline.locator(`[data-event-id="${id}"]`);
  }

  whyStep(role: WhyRole): Locator {
    return this.why.locator(`[data-role="${role}"]`);
  }

  async category(): Promise<string | null> {
    return this.why.getByTestId("why-result").getAttribute("data-category");
  }

  /** Every source link of a row: the href and the visible title. */
  async sourceLinks(row: Locator): Promise<{ href: string | null; text: string }[]> {
    const links = row.locator(".source-list__title");
    const count = await links.count();
    return Promise.all(
      Array.from({ length: count }, async (_, i) => ({
        href: await links.nth(i).getAttribute("href"),
        text: await links.nth(i).innerText(),
      })),
    );
  }
}

/** The 404 page: what was not found, its search box, the closest matches. */
export class NotFoundPage {
  readonly main: Locator;
  readonly matches: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByTestId("not-found");
    this.matches = page.getByTestId("closest-matches").getByRole("link");
  }
}
