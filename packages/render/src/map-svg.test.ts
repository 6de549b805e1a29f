import { CATEGORIES, type Category } from "@scomm/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { STATE_BOUNDS } from "./atlas-bounds-data.js";
import { figureText } from "./figure-text.js";
import { CATEGORY_LABELS_BY_LANG, figureLabels } from "./labels.js";
import { MAX_ZOOM } from "./layout.js";
import { layoutMapFigure, renderMapSvg, type MapFigureInput } from "./map-svg.js";
import { atlasGeometry } from "./testing/atlas.js";

const geometry = atlasGeometry();
const COUNTS: Record<Category, number> = {
  not_activated: 1600,
  opt_out_pending: 159,
  over_objection: 61,
  mandates: 0,
  limits: 9,
  activated: 1313,
};

/** Counties coloured by a rule that reaches every category. */
function countyCategories(): Map<string, Category> {
  return new Map(geometry.counties.map((c, k) => [String(c.id), CATEGORIES[k % CATEGORIES.length]!]));
}

function input(overrides: Partial<MapFigureInput> = {}): MapFigureInput {
  const text = figureText("en", "county", "2011-07-01", null);
  return {
    geometry,
    level: "county",
    categories: countyCategories(),
    stateFips: null,
    ...text,
    counts: COUNTS,
    credit: "SComm Atlas",
    url: "https://scomm.example",
    width: 960,
    fontFaces: [{ weight: 400, format: "woff2", base64: "d09GMgABAAA=", unicodeRange: "U+0000-00FF" }],
    ...overrides,
  };
}

/** The numbers in a path's data, as [x, y] pairs. */
function points(d: string): [number, number][] {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!]);
}

const pathsIn = (svg: string, category: Category) =>
  svg.match(new RegExp(`<g data-category="${category}" fill="[^"]+">(.*?)</g>`))?.[1]?.match(/<path /g)?.length ?? 0;

describe("renderMapSvg", () => {
  const svg = renderMapSvg(input());

  it("is one well-formed, standalone SVG document with its size, title, description, font and patterns inside", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const layout = layoutMapFigure(input());
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).toContain(`width="960" height="${layout.pixelHeight}" viewBox="0 0 960 `);
    expect(svg).toContain('<title id="scomm-title">Secure Communities in the United States, county by county</title>');
    expect(svg).toContain("<desc>Status on July 1, 2011.");
    expect(svg).toContain(
      "@font-face{font-family:'IBM Plex Sans';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,d09GMgABAAA=) format('woff2');unicode-range:U+0000-00FF}",
    );
    expect(svg).toContain('<pattern id="scomm-hatch-opt_out_pending" patternUnits="userSpaceOnUse" width="5" height="5">');
    expect(svg).toContain('<pattern id="scomm-hatch-over_objection"');
    expect(svg).not.toMatch(/<image|xlink:href|href="http/);
  });

  it("prints the title, the date, every legend label with its count, the total, the source line, credit and URL", () => {
    for (const category of CATEGORIES) expect(svg).toContain(`data-category="${category}"`);
    const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    expect(texts).toContain("Status on July 1, 2011");
    for (const label of ["Not yet activated", "Opt-out pending", "Activated over objection", "Activated, limits cooperation", "Activated"])
      expect(texts).toContain(label);
    expect(texts.join(" ")).toContain("Activated, state mandates cooperation");
    for (const count of ["1,600", "159", "61", "0", "9", "1,313", "3,142"]) expect(texts).toContain(count);
    expect(texts).toContain("Total");
    const footer = texts.slice(texts.lastIndexOf("3,142") + 1, -1).join(" ");
    expect(footer).toBe(figureText("en", "county", "2011-07-01", null).sourceLine.replace(/&/g, "&amp;"));
    expect(texts.at(-1)).toBe("SComm Atlas · https://scomm.example");
  });

  it("draws every county once, in its category's group, hatched where the category is", () => {
    const total = CATEGORIES.reduce((sum, c) => sum + pathsIn(svg, c), 0);
    expect(total).toBe(3142);
    expect(svg).toContain('<g data-category="over_objection" fill="url(#scomm-hatch-over_objection)">');
    expect(svg).toContain('<g data-category="activated" fill="#3a6ea5">');
    expect(svg).toContain('id="scomm-j36047"');
  });

  it("fits one state into the map box, with only its counties and its inner borders clipped to it", () => {
    const ny = renderMapSvg(input({ stateFips: "36" }));
    const layout = layoutMapFigure(input({ stateFips: "36" }));
    const ids = [...ny.matchAll(/id="scomm-j(\d+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(62);
    expect(ids.every((id) => id.startsWith("36"))).toBe(true);
    expect(ny).toContain('<clipPath id="scomm-state-clip">');
    const { x, y, width, height } = layout.map;
    const xy = [...ny.matchAll(/<path id="scomm-j\d+" d="([^"]+)"/g)].flatMap((m) => points(m[1]!));
    expect(Math.min(...xy.map((p) => p[0]))).toBeGreaterThanOrEqual(x - 0.1);
    expect(Math.max(...xy.map((p) => p[0]))).toBeLessThanOrEqual(x + width + 0.1);
    expect(Math.min(...xy.map((p) => p[1]))).toBeGreaterThanOrEqual(y - 0.1);
    expect(Math.max(...xy.map((p) => p[1]))).toBeLessThanOrEqual(y + height + 0.1);
    // The state fills its box on at least one side.
    const spanX = Math.max(...xy.map((p) => p[0])) - Math.min(...xy.map((p) => p[0]));
    const spanY = Math.max(...xy.map((p) => p[1])) - Math.min(...xy.map((p) => p[1]));
    expect(Math.max(spanX / width, spanY / height)).toBeGreaterThan(0.99);
  });

  it("sets the source line at least 12 px tall in a 960-px image, readable in an article column", () => {
    const layout = layoutMapFigure(input({ width: 960 }));
    expect(layout.metrics.small * (layout.pixelWidth / layout.metrics.base)).toBeGreaterThanOrEqual(12);
    const svg = renderMapSvg(input({ width: 960 }));
    const size = /<text[^>]*font-size="([\d.]+)"[^>]*>Sources:/.exec(svg);
    expect(Number(size?.[1])).toBeGreaterThanOrEqual(12);
  });

  it("does not blow the smallest state up past MAX_ZOOM, and names it as a sentence does", () => {
    const dc = input({ stateFips: "11", ...figureText("en", "county", "2011-07-01", "District of Columbia") });
    const { map } = layoutMapFigure(dc);
    const [x0, y0, x1, y1] = STATE_BOUNDS["11"]!;
    expect(map.height).toBeCloseTo((y1 - y0) * MAX_ZOOM, 5);
    expect(map.width).toBeLessThanOrEqual((x1 - x0) * MAX_ZOOM + 1e-9);
    expect(renderMapSvg(dc)).toContain(">Secure Communities in the District of Columbia, county by county<");
    expect(figureText("es", "state", "2011-07-01", "District of Columbia").title).toBe(
      "Secure Communities en el Distrito de Columbia, estado por estado",
    );
  });

  it("outlines the jurisdiction asked for, and nothing when none is", () => {
    const kings = renderMapSvg(input({ stateFips: "36", highlightId: "36047" }));
    expect(XMLValidator.validate(kings)).toBe(true);
    expect(kings.match(/<path [^>]*class="highlight"[^>]*>/g)).toHaveLength(1);
    expect(kings).toMatch(/class="highlight" d="M[^"]+" stroke="#1c1b19" stroke-width="2"/);
    expect(svg).not.toContain('class="highlight"');
    expect(renderMapSvg(input({ highlightId: "99999" }))).not.toContain('class="highlight"');
  });

  it("rings an outlined county drawn smaller than MIN_OUTLINED (Kings County on the national map), not one drawn larger", () => {
    // Kings County is about 4 atlas units across: 2.5 units on the 606-unit national map, 12 on New York's.
    const nation = renderMapSvg(input({ highlightId: "36047" }));
    expect(nation).toMatch(/<circle [^>]*r="8" class="highlight-ring"/);
    expect(renderMapSvg(input({ stateFips: "36", highlightId: "36047" }))).not.toContain("highlight-ring");
  });

  it("at state level draws the 51 states and no county borders", () => {
    const states = new Map([...geometry.states.keys()].map((id) => [id, "activated" as Category]));
    const out = renderMapSvg(input({ level: "state", categories: states, ...figureText("en", "state", "2011-07-01", null) }));
    expect([...out.matchAll(/id="scomm-j(\d{2})"/g)]).toHaveLength(51);
    expect(out).not.toContain('stroke-width="0.35"');
    expect(out).toContain("States and DC");
  });

  it("escapes what the reader typed, and keeps accents and emoji", () => {
    const out = renderMapSvg(input({ title: 'Doña Ana & <Cook> "County" 🙂\u0007' }));
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('<title id="scomm-title">Doña Ana &amp; &lt;Cook&gt; &quot;County&quot; 🙂</title>');
  });

  it("lays out to the same size from simplified geometry (the web's), since bounds come from a table", () => {
    const coarse = { ...geometry, counties: geometry.counties.slice(0, 10), states: new Map([...geometry.states].slice(0, 3)) };
    for (const stateFips of [null, "36", "06"]) {
      const a = layoutMapFigure(input({ stateFips }));
      const b = layoutMapFigure(input({ stateFips, geometry: coarse }));
      expect([b.pixelWidth, b.pixelHeight]).toEqual([a.pixelWidth, a.pixelHeight]);
    }
  });

  it("is a pure function of its input: same input, same bytes", () => {
    expect(renderMapSvg(input())).toBe(svg);
  });

  it("keeps the same composition at any pixel width from 720 up, and stacks the legend under the map below that", () => {
    const wide = layoutMapFigure(input());
    const double = layoutMapFigure(input({ width: 1920 }));
    expect(double.metrics).toBe(wide.metrics);
    expect(Math.abs(double.pixelHeight - 2 * wide.pixelHeight)).toBeLessThanOrEqual(1);
    expect(renderMapSvg(input({ width: 1920 }))).toContain(`width="1920" height="${double.pixelHeight}" viewBox="0 0 960 `);
    const narrow = layoutMapFigure(input({ width: 400 }));
    expect(narrow.metrics.base).toBe(480);
    expect(narrow.legend.rows[0]!.y).toBeGreaterThan(narrow.map.y + narrow.map.height);
    expect(wide.legend.x).toBeGreaterThan(wide.map.x + wide.map.width);
  });

  it("writes the legend in Spanish with Spanish number grouping", () => {
    const es = figureText("es", "county", "2011-07-01", "Nuevo México");
    const out = renderMapSvg(input({ ...es, counts: { ...COUNTS, not_activated: 12345 } }));
    expect(es.labels).toEqual(figureLabels("es", "county"));
    expect(out).toContain("Situación al 1 de julio de 2011");
    expect(out).toContain("Secure Communities en Nuevo México, condado por condado");
    for (const label of Object.values(CATEGORY_LABELS_BY_LANG.es)) expect(out.replace(/<\/text><text[^>]*>/g, " ")).toContain(label);
    expect(out).toContain(">12.345<");
    expect(out).toContain("Fuentes:");
  });
});
