import type { Category } from "@scomm/core";

export interface CategoryStyle {
  /** Fill, `#rrggbb`. */
  fill: string;
  /** Colour of the diagonal hatch drawn over the fill, for the two objection categories; null when plain. */
  hatch: string | null;
}

/**
 * The one home of the map's category colours. Chosen to stay apart under protanopia, deuteranopia and
 * tritanopia (see the test); the objection categories also carry a hatch so they read without colour.
 */
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  not_activated: { fill: "#e4e1da", hatch: null },
  opt_out_pending: { fill: "#f2c36b", hatch: "#b47a1c" },
  over_objection: { fill: "#c8492a", hatch: "#7c2312" },
  mandates: { fill: "#7a2e63", hatch: null },
  limits: { fill: "#56b39a", hatch: null },
  activated: { fill: "#3a6ea5", hatch: null },
};

/** Fill for jurisdictions a view sets aside, e.g. the counties that did not change on "What changed". */
export const MUTED_FILL = "#f0eee9";

/** Hatch geometry in CSS pixels: a stripe `HATCH_WIDTH` wide every `HATCH_PERIOD` along the diagonal. */
export const HATCH_PERIOD = 5;
export const HATCH_WIDTH = 1.6;
