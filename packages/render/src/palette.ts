import type { Category } from "@scomm/core";

export interface CategoryStyle {
  /** Fill, `#rrggbb`. */
  fill: string;
  /** Colour of the diagonal hatch drawn over the fill, for the two objection categories; null when plain. */
  hatch: string | null;
}

/**
 * The one home of the map's category colours. Chosen to stay apart under protanopia, deuteranopia and
 * tritanopia; the objection categories also carry a hatch so they read without colour.
 */
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  not_activated: { fill: "#e4e1da", hatch: null },
  opt_out_pending: { fill: "#f2c36b", hatch: "#b47a1c" },
  over_objection: { fill: "#c8492a", hatch: "#7c2312" },
  mandates: { fill: "#7a2e63", hatch: null },
  limits: { fill: "#56b39a", hatch: null },
  activated: { fill: "#3a6ea5", hatch: null },
};

/** Hatch geometry in CSS pixels: a stripe `HATCH_WIDTH` wide every `HATCH_PERIOD` along the diagonal. */
export const HATCH_PERIOD = 5;
export const HATCH_WIDTH = 1.6;

/** The ink of exported figures: the dashboard's own (apps/web styles.css). */
export const INK = {
  text: "#1c1b19",
  soft: "#55524b",
  faint: "#6b675f",
  paper: "#fbfaf7",
  rule: "#e3dfd6",
  countyBorder: "rgba(255,255,255,0.55)",
  stateBorder: "#ffffff",
  coast: "#9c978c",
} as const;

/** `hex` mixed with the paper: `amount` 0 keeps it, 1 is the paper (the legend's highlight, the pale counties). */
export function fade(hex: string, amount: number): string {
  const channel = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(hex, i) * (1 - amount) + channel(INK.paper, i) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * On the state map, a partly activated state's counties that are not switched on yet are drawn in the
 * state's colour faded this far into the paper, so the state never looks wholly switched on (DESIGN.md).
 */
export const PALE_AMOUNT = 0.62;
