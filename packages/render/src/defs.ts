import { CATEGORIES, type Category } from "@scomm/core";
import { CATEGORY_STYLES, HATCH_PERIOD, HATCH_WIDTH } from "./palette.js";
import { el, num } from "./svg.js";

/** The typeface exports are set in (OFL-1.1); the layout's text widths are measured in it. */
export const FONT_FAMILY = "IBM Plex Sans";
export const FONT_STACK = `'${FONT_FAMILY}', 'Helvetica Neue', Arial, sans-serif`;

export interface EmbeddedFontFace {
  weight: 400 | 600;
  format: "woff2" | "woff" | "truetype" | "opentype";
  /** The font file, base64. */
  base64: string;
  /** CSS unicode-range, when the file is one subset of the face. */
  unicodeRange?: string;
}

const MIME: Record<EmbeddedFontFace["format"], string> = {
  woff2: "font/woff2",
  woff: "font/woff",
  truetype: "font/ttf",
  opentype: "font/otf",
};

/** `<style>` with one @font-face per embedded file, so the SVG carries its own type. */
export function fontStyle(faces: readonly EmbeddedFontFace[]): string {
  if (faces.length === 0) return "";
  const rules = faces.map(
    (f) =>
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
      `src:url(data:${MIME[f.format]};base64,${f.base64}) format('${f.format}')` +
      (f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : "") +
      "}",
  );
  return el("style", { type: "text/css" }, rules.join(""));
}

/** The fill of a category: its colour, or its hatch pattern. */
export function categoryPaint(category: Category, idPrefix: string): string {
  return CATEGORY_STYLES[category].hatch ? `url(#${hatchId(category, idPrefix)})` : CATEGORY_STYLES[category].fill;
}

/** One hatched category's pattern tile: a `size` square of `fill`, crossed by the stripes `d` stroked in `stroke`. */
export interface HatchTile {
  category: Category;
  size: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  d: string;
}

/**
 * The one definition of the hatch as a pattern: stripes rising to the right every HATCH_PERIOD units along x
 * (the web map's raster hatch, x + y mod period < width, drawn as vectors), for each hatched category.
 * The exported figures write it as text; the web's in-page charts draw the same tiles.
 */
export function hatchTiles(): HatchTile[] {
  const p = HATCH_PERIOD;
  return CATEGORIES.filter((c) => CATEGORY_STYLES[c].hatch).map((category) => ({
    category,
    size: p,
    fill: CATEGORY_STYLES[category].fill,
    stroke: CATEGORY_STYLES[category].hatch!,
    strokeWidth: HATCH_WIDTH / Math.SQRT2,
    d: `M-1,1L1,-1M0,${p}L${p},0M${p - 1},${p + 1}L${p + 1},${p - 1}`,
  }));
}

/** The id of a category's hatch pattern under `idPrefix` (what `categoryPaint` points at). */
export function hatchId(category: Category, idPrefix: string): string {
  return `${idPrefix}hatch-${category}`;
}

/** One `<pattern>` per hatched category, as SVG text. */
export function hatchPatterns(idPrefix: string): string {
  return hatchTiles()
    .map(({ category, size, fill, stroke, strokeWidth, d }) =>
      el("pattern", { id: hatchId(category, idPrefix), patternUnits: "userSpaceOnUse", width: size, height: size }, [
        el("rect", { width: size, height: size, fill }),
        el("path", { d, stroke, "stroke-width": num(strokeWidth), "stroke-linecap": "square" }),
      ]),
    )
    .join("");
}
