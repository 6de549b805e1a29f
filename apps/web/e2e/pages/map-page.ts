import type { Category, MapLevel } from "@scomm/core";
import type { Locator, Page } from "playwright-core";
import { ATLAS_WIDTH, countyCentroid } from "../support/atlas-points.js";

/** The query string of a map view; date and level always, the rest as the URL writes them. */
export interface MapQuery {
  date: string;
  level: MapLevel;
  lang?: "en" | "es";
  zoom?: string;
  selected?: string;
  highlight?: Category;
}

/** The home map: open it at a view, hover or pick a county, drive the timeline, read the legend and panel. */
export class MapPage {
  readonly map: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;
  readonly dateText: Locator;
  readonly slider: Locator;
  readonly panel: Locator;
  readonly playButton: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.map = page.getByTestId("county-map");
    this.tooltip = page.getByTestId("map-tooltip");
    this.legend = page.getByTestId("legend");
    this.dateText = page.getByTestId("map-date");
    this.slider = page.getByTestId("date-slider").locator('input[type="range"]');
    this.panel = page.getByTestId("jurisdiction-panel");
    this.playButton = page.getByTestId("play");
  }

  async open(query: MapQuery): Promise<void> {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
    await this.page.goto(`${this.baseUrl}/?${params.toString()}`);
    await this.waitUntilPainted(query.date, query.level);
  }

  /** The canvas writes `data-painted="<date>/<level>"` once its pixels are on screen. */
  async waitUntilPainted(date: string, level: MapLevel): Promise<void> {
    await this.page.locator(`[data-testid="county-map"][data-painted="${date}/${level}"]`).waitFor({ timeout: 30_000 });
  }

  /** ... and `data-zoom="k,x,y"` for the zoom it was drawn at. */
  async waitUntilZoomDrawn(zoom: string): Promise<void> {
    await this.page.locator(`[data-testid="county-map"][data-zoom="${zoom}"]`).waitFor({ timeout: 30_000 });
  }

  async attribute(name: string): Promise<string | null> {
    return this.map.getAttribute(name);
  }

  /** The map's date as the page shows it (`YYYY-MM-DD`). */
  async date(): Promise<string> {
    return (await this.dateText.locator("time").getAttribute("datetime")) ?? "";
  }

  /** Note the date shown now and every later one (playback may pass several between two reads); `read` returns them. */
  async recordDates(): Promise<{ read: () => Promise<string[]> }> {
    const seen = await this.dateText.evaluateHandle((output) => {
      const dates: string[] = [];
      const note = () => {
        const date = output.querySelector("time")?.getAttribute("datetime");
        if (date && date !== dates[dates.length - 1]) dates.push(date);
      };
      note();
      new MutationObserver(note).observe(output, { subtree: true, childList: true, attributes: true, characterData: true });
      return dates;
    });
    return { read: () => seen.jsonValue() };
  }

  async query(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** Move the pointer to a county's centroid, computed from the same geometry the map draws. */
  async hoverCounty(fips: string): Promise<void> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error("the map is not on screen");
    const [x, y] = countyCentroid(fips);
    const scale = box.width / ATLAS_WIDTH;
    await this.page.mouse.move(box.x + x * scale, box.y + y * scale);
  }

  async clickCounty(fips: string): Promise<void> {
    await this.hoverCounty(fips);
    await this.page.mouse.down();
    await this.page.mouse.up();
  }

  async legendCount(category: Category): Promise<number> {
    const text = await this.legend.getByTestId(`legend-count-${category}`).textContent();
    return Number((text ?? "").replace(/[^\d]/g, ""));
  }

  legendToggle(category: Category): Locator {
    return this.legend.getByTestId(`legend-toggle-${category}`);
  }

  async nextMonth(): Promise<void> {
    await this.page.getByRole("button", { name: "Next month" }).click();
  }

  async chooseLevel(label: "Counties" | "States"): Promise<void> {
    await this.page.getByRole("radio", { name: label }).check();
  }

  async setSpeed(speed: "0.5" | "1" | "2" | "4"): Promise<void> {
    await this.page.getByTestId("speed").selectOption(speed);
  }

  /** The category the side panel names, as its `data-category`. */
  async panelCategory(): Promise<string | null> {
    return this.panel.getByTestId("panel-category").getAttribute("data-category");
  }
}
