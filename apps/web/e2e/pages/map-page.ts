import type { Category } from "@scomm/core";
import type { Locator, Page } from "playwright-core";
import { ATLAS_WIDTH, countyCentroid } from "../support/atlas-points.js";

export type MapLevel = "state" | "county";

/** The home map: open it at a date and level, hover a county, read the legend. */
export class MapPage {
  readonly map: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;
  readonly dateText: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.map = page.getByTestId("county-map");
    this.tooltip = page.getByTestId("map-tooltip");
    this.legend = page.getByTestId("legend");
    this.dateText = page.getByTestId("map-date");
  }

  async open(query: { date: string; level: MapLevel }): Promise<void> {
    await this.page.goto(`${this.baseUrl}/?date=${query.date}&level=${query.level}`);
    await this.waitUntilPainted(query.date, query.level);
  }

  /** The canvas writes `data-painted="<date>/<level>"` once its pixels are on screen. */
  async waitUntilPainted(date: string, level: MapLevel): Promise<void> {
    await this.page.locator(`[data-testid="county-map"][data-painted="${date}/${level}"]`).waitFor({ timeout: 30_000 });
  }

  async attribute(name: string): Promise<string | null> {
    return this.map.getAttribute(name);
  }

  /** Move the pointer to a county's centroid, computed from the same geometry the map draws. */
  async hoverCounty(fips: string): Promise<void> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error("the map is not on screen");
    const [x, y] = countyCentroid(fips);
    const scale = box.width / ATLAS_WIDTH;
    await this.page.mouse.move(box.x + x * scale, box.y + y * scale);
  }

  async legendCount(category: Category): Promise<number> {
    const text = await this.legend.getByTestId(`legend-count-${category}`).textContent();
    return Number((text ?? "").replace(/,/g, ""));
  }

  async nextMonth(): Promise<void> {
    await this.page.getByRole("button", { name: "Next month" }).click();
  }

  async chooseLevel(label: "Counties" | "States"): Promise<void> {
    await this.page.getByRole("radio", { name: label }).check();
  }
}
