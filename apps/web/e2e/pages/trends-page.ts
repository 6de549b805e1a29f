import type { Category } from "@scomm/core";
import type { Locator, Page } from "playwright-core";

export interface TrendsQuery {
  date: string;
  weight?: "count" | "population";
  state?: string;
  lang?: "en" | "es";
}

/** /trends: the stacked chart with its cursor, the measure switch, the state filter and the read-out. */
export class TrendsPage {
  readonly chart: Locator;
  readonly cursor: Locator;
  readonly readout: Locator;
  readonly caption: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.chart = page.getByTestId("trends-chart");
    this.cursor = this.chart.locator(".trends-cursor line").first();
    this.readout = page.getByTestId("trends-readout");
    this.caption = page.getByTestId("trends-caption");
  }

  async open({ date, weight, state, lang }: TrendsQuery): Promise<void> {
    const params = new URLSearchParams({ date });
    if (weight) params.set("weight", weight);
    if (state) params.set("state", state);
    if (lang) params.set("lang", lang);
    await this.page.goto(`${this.baseUrl}/trends?${params.toString()}`);
    await this.waitForChart();
  }

  async waitForChart(): Promise<void> {
    await this.chart.locator(".recharts-area").first().waitFor({ timeout: 30_000 });
    await this.cursor.waitFor({ state: "attached" });
  }

  /** The cursor line's x position in the chart's own pixels (a vertical line has no width to measure a box). */
  async cursorX(): Promise<number> {
    return Number(await this.cursor.getAttribute("x1"));
  }

  /** Click the plot at a fraction (0..1) of its width, halfway up. */
  async clickAt(fraction: number): Promise<void> {
    const plot = this.chart.locator(".recharts-cartesian-grid").first();
    const box = await plot.boundingBox();
    if (!box) throw new Error("the chart is not on screen");
    const [x, y] = [box.x + box.width * fraction, box.y + box.height / 2];
    await this.page.mouse.move(x - 4, y);
    await this.page.mouse.move(x, y, { steps: 2 });
    await this.chart.locator(".trends-tooltip").waitFor();
    await this.page.mouse.click(x, y);
  }

  async value(category: Category | "total"): Promise<string> {
    return (await this.readout.getByTestId(`trend-value-${category}`).textContent()) ?? "";
  }

  async chooseMeasure(label: string): Promise<void> {
    await this.page.getByRole("radio", { name: label }).check();
  }

  query(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }
}
