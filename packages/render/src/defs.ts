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
  return CATEGORY_STYLES[category].hatch ? `url(#${idPrefix}hatch-${category})` : CATEGORY_STYLES[category].fill;
}

/**
 * One pattern per hatched category: the fill, crossed by stripes rising to the right every HATCH_PERIOD
 * units along x (the web map's raster hatch, x + y mod period < width, drawn as vectors).
 */
export function hatchPatterns(idPrefix: string): string {
  const p = HATCH_PERIOD;
  const stroke = num(HATCH_WIDTH / Math.SQRT2);
  return CATEGORIES.filter((c) => CATEGORY_STYLES[c].hatch)
    .map((category) => {
      const { fill, hatch } = CATEGORY_STYLES[category];
      return el("pattern", { id: `${idPrefix}hatch-${category}`, patternUnits: "userSpaceOnUse", width: p, height: p }, [
        el("rect", { width: p, height: p, fill }),
        el("path", { d: `M-1,1L1,-1M0,${p}L${p},0M${p - 1},${p + 1}L${p + 1},${p - 1}`, stroke: hatch, "stroke-width": stroke, "stroke-linecap": "square" }),
      ]);
    })
    .join("");
}
