import { CATEGORIES, type Category } from "@scomm/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { textWidth } from "./font-metrics.js";
import { figureText } from "./figure-text.js";
import { FRAMED, MIN_MAP_HEIGHT } from "./framed-layout.js";
import { layoutMapFigure, renderMapSvg, type MapFigureInput } from "./map-svg.js";
import { atlasGeometry } from "./testing/atlas.js";
import { svgBlock, svgNumbers } from "./testing/svg-reading.js";

const geometry = atlasGeometry();
const COUNTS: Record<Category, number> = {
  not_activated: 1600,
  opt_out_pending: 159,
  over_objection: 61,
  mandates: 0,
  limits: 9,
  activated: 1313,
};

function input(overrides: Partial<MapFigureInput> = {}): MapFigureInput {
  return {
    geometry,
    level: "county",
    categories: new Map(geometry.counties.map((c, k) => [String(c.id), CATEGORIES[k % CATEGORIES.length]!])),
    stateFips: null,
    ...figureText("en", "county", "2011-07-01", null),
    counts: COUNTS,
    credit: "SComm Atlas",
    url: "https://scomm.example",
    width: 960,
    ...overrides,
  };
}

/** The lowest y any map path reaches, and the highest y of the legend's swatches and text, read from the SVG. */
function mapBottom(svg: string): number {
  const ys = [...svgBlock(svg, '<g class="map"').matchAll(/ d="([^"]+)"/g)].flatMap((m) => svgNumbers(m[1]!).filter((_, i) => i % 2 === 1));
  return Math.max(...ys);
}
function legendTop(svg: string): number {
  return Math.min(...[...svgBlock(svg, '<g class="legend"').matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1])));
}
/** The x of each category's swatch in the legend. */
function swatchXs(svg: string): Record<string, number> {
  return Object.fromEntries(
    [...svgBlock(svg, '<g class="legend"').matchAll(/<g data-category="(\w+)"><rect x="([\d.]+)"/g)].map((m) => [m[1]!, Number(m[2])]),
  );
}

describe("square and portrait exports", () => {
  it("makes a square PNG-sized SVG: 960 x 960 at 960, 1080 x 1080 at 1080, on a 720-unit design", () => {
    const svg = renderMapSvg(input({ shape: "square" }));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('width="960" height="960" viewBox="0 0 720 720"');
    const big = layoutMapFigure(input({ shape: "square", width: 1080 }));
    expect([big.pixelWidth, big.pixelHeight]).toEqual([1080, 1080]);
  });

  it("makes a portrait 4:5: 960 x 1200, 1080 x 1350, and 961 x 1201 (rounded, never a fraction)", () => {
    expect(renderMapSvg(input({ shape: "portrait" }))).toContain('width="960" height="1200" viewBox="0 0 720 900"');
    for (const [width, height] of [
      [1080, 1350],
      [961, 1201],
    ] as const) {
      const layout = layoutMapFigure(input({ shape: "portrait", width }));
      expect([layout.pixelWidth, layout.pixelHeight]).toEqual([width, height]);
    }
  });

  it("puts the portrait's legend under the map, in one column", () => {
    const svg = renderMapSvg(input({ shape: "portrait" }));
    expect(legendTop(svg)).toBeGreaterThan(mapBottom(svg));
    expect(new Set(Object.values(swatchXs(svg)))).toEqual(new Set([FRAMED.margin]));
  });

  it("puts the square's legend under the map in two columns of three, the second starting half-way plus half a gutter", () => {
    const svg = renderMapSvg(input({ shape: "square" }));
    expect(legendTop(svg)).toBeGreaterThan(mapBottom(svg));
    // 720 wide, 24 margins: 672 of content, two columns of (672 - 20) / 2 = 326 with a gutter of 20 between.
    const xs = swatchXs(svg);
    for (const c of ["not_activated", "opt_out_pending", "over_objection"]) expect(xs[c]).toBe(24);
    for (const c of ["mandates", "limits", "activated"]) expect(xs[c]).toBe(24 + 326 + 20);
  });

  it("keeps the landscape layout of 960 px unchanged: legend beside the map", () => {
    const svg = renderMapSvg(input());
    expect(svg).toMatch(/width="960" height="\d+" viewBox="0 0 960 /);
    expect(Math.min(...Object.values(swatchXs(svg)))).toBe(960 - 28 - 270);
  });

  it("sets the source line at 16.7 px in a 960-px square or portrait (12.5 units at 960 / 720)", () => {
    for (const shape of ["square", "portrait"] as const) {
      const svg = renderMapSvg(input({ shape }));
      const size = Number(/<text[^>]*font-size="([\d.]+)"[^>]*>Sources:/.exec(svg)?.[1]);
      expect(size * (960 / 720)).toBeCloseTo(16.67, 2);
    }
  });

  it("wraps a long title within the content width and sets the date under its last line", () => {
    const title = "Cook County, Illinois: Secure Communities status on July 1, 2011";
    const layout = layoutMapFigure(input({ shape: "portrait", title }));
    expect(layout.titleLines.length).toBe(2);
    expect(layout.titleLines.join(" ")).toBe(title);
    for (const line of layout.titleLines) expect(textWidth(line, 24, 600)).toBeLessThanOrEqual(720 - 2 * 24);
    expect(layout.subtitleY).toBeGreaterThan(layout.titleY + 24);
    expect(layout.map.y).toBeGreaterThan(layout.subtitleY);
  });

  it("fits map, legend and footer inside the frame, the map no wider than the content", () => {
    for (const shape of ["square", "portrait"] as const) {
      for (const stateFips of [null, "17", "47", "11"]) {
        const layout = layoutMapFigure(input({ shape, stateFips }));
        expect(layout.map.x, `${shape} ${stateFips}`).toBeGreaterThanOrEqual(24 - 1e-9);
        expect(layout.map.x + layout.map.width).toBeLessThanOrEqual(720 - 24 + 1e-9);
        expect(layout.legend.rows[0]!.y).toBeGreaterThan(layout.map.y + layout.map.height);
        expect(layout.footer.ruleY).toBeGreaterThan(layout.legend.bottom);
        expect(layout.footer.creditY).toBeLessThan(layout.height);
      }
    }
  });

  it("grows the frame past its shape only when a very long title would leave the map less than its least height", () => {
    const layout = layoutMapFigure(input({ shape: "square", title: "A very long title that goes on ".repeat(30) }));
    expect(layout.pixelHeight).toBeGreaterThan(960);
    // The least height, give or take the rounding of the pixel height up to a whole pixel.
    expect(layout.map.height).toBeGreaterThanOrEqual(MIN_MAP_HEIGHT);
    expect(layout.map.height).toBeLessThan(MIN_MAP_HEIGHT + 1);
  });
});
