import { CATEGORIES, type Category } from "@scomm/core";
import type { MapLevel } from "../timeline/map-query.js";
import { CATEGORY_STYLES, MUTED_FILL } from "./category-colours.js";

/** One `ImageData` pixel as a little-endian 32-bit word (0xAABBGGRR), the layout of every browser we target. */
export function pixelWord(hex: string, alpha = 255): number {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Fill and hatch pixel words per category index (the hatch word equals the fill when unhatched). */
export interface CategoryWords {
  fill: Uint32Array;
  hatch: Uint32Array;
}

/** The page's paper colour: a category that is not highlighted fades most of the way into it. */
const PAPER = "#fbfaf7";
const DIMMED = 0.8;

/** `hex` mixed with the paper: `amount` 0 keeps it, 1 is the paper. */
export function fade(hex: string, amount: number): string {
  const channel = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(hex, i) * (1 - amount) + channel(PAPER, i) * amount));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** Pixel words per category; with a `highlight`, every other category is faded (the legend's highlight). */
export function categoryWords(highlight: Category | null = null): CategoryWords {
  const styles = CATEGORIES.map((c) => {
    const style = CATEGORY_STYLES[c];
    const hatch = style.hatch ?? style.fill;
    return highlight === null || c === highlight ? { fill: style.fill, hatch } : { fill: fade(style.fill, DIMMED), hatch: fade(hatch, DIMMED) };
  });
  return {
    fill: Uint32Array.from(styles, (s) => pixelWord(s.fill)),
    hatch: Uint32Array.from(styles, (s) => pixelWord(s.hatch)),
  };
}

const MUTED_WORD = pixelWord(MUTED_FILL);

/**
 * For each county drawn on the map (atlas order), the timeline index whose status colours it: the county's
 * own at county level, its state's at state level (a state is painted through its counties); -1 if absent.
 */
export function paintIndexes(atlasIds: readonly string[], timelineIds: readonly string[], level: MapLevel): Int32Array {
  const position = new Map(timelineIds.map((id, i) => [id, i]));
  return Int32Array.from(atlasIds, (id) => position.get(level === "county" ? id : id.slice(0, 2)) ?? -1);
}

/**
 * The colour lookup table for one date: entry 2k is county k's fill, 2k+1 its hatch stripe, and the last
 * two entries (no county: sea, outside the map) stay transparent. Rebuilt per date (into `reuse` when it
 * fits); pixels are then a lookup. Timeline entries flagged 1 in `muted` are painted in the neutral MUTED_FILL.
 */
export function colourTable(
  statuses: Uint8Array,
  indexes: Int32Array,
  words: CategoryWords,
  reuse?: Uint32Array,
  muted?: Uint8Array | null,
): Uint32Array {
  const size = 2 * indexes.length + 2;
  const out = reuse?.length === size ? reuse : new Uint32Array(size);
  for (let k = 0; k < indexes.length; k++) {
    const t = indexes[k]!;
    const c = t < 0 ? 0 : statuses[t]!;
    const mute = t >= 0 && muted?.[t] === 1;
    out[2 * k] = mute ? MUTED_WORD : words.fill[c]!;
    out[2 * k + 1] = mute ? MUTED_WORD : words.hatch[c]!;
  }
  out[2 * indexes.length] = 0;
  out[2 * indexes.length + 1] = 0;
  return out;
}

export interface LegendRow {
  category: Category;
  label: string;
  fill: string;
  hatch: string | null;
  count: number;
  /** Share of all jurisdictions counted, 0..1. */
  share: number;
}

/** Legend rows in legend order, from counts that core's `countCategories` produced, labelled in the reader's language. */
export function legendRows(counts: Record<Category, number>, labels: Record<Category, string>): LegendRow[] {
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  return CATEGORIES.map((category) => ({
    category,
    label: labels[category],
    ...CATEGORY_STYLES[category],
    count: counts[category],
    share: total > 0 ? counts[category] / total : 0,
  }));
}
