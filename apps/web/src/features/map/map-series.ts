import { CATEGORIES, isActivatedCategory, partlyActivatedStates, type Category, type StatusTimeline, type MapLevel } from "@scomm/core";
import { fade, PALE_AMOUNT } from "@scomm/render";

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
  /** The same, pale: a county a partly activated state has not switched on yet, on the state map. */
  paleFill: Uint32Array;
  paleHatch: Uint32Array;
}

/** A category that is not highlighted fades most of the way into the paper. */
const DIMMED = 0.8;

/** Pixel words per category; with a `highlight`, every other category is faded (the legend's highlight). */
export function categoryWords(highlight: Category | null = null): CategoryWords {
  const styles = CATEGORIES.map((c) => {
    const style = CATEGORY_STYLES[c];
    const hatch = style.hatch ?? style.fill;
    return highlight === null || c === highlight
      ? { fill: style.fill, hatch }
      : { fill: fade(style.fill, DIMMED), hatch: fade(hatch, DIMMED) };
  });
  return {
    fill: Uint32Array.from(styles, (s) => pixelWord(s.fill)),
    hatch: Uint32Array.from(styles, (s) => pixelWord(s.hatch)),
    paleFill: Uint32Array.from(styles, (s) => pixelWord(fade(s.fill, PALE_AMOUNT))),
    paleHatch: Uint32Array.from(styles, (s) => pixelWord(fade(s.hatch, PALE_AMOUNT))),
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
 * On the state map, which counties to paint pale: a county's own timeline index (`paintIndexes` at county
 * level) and core's `partlyActivatedStates` for the date. Null at county level.
 */
export interface PaleCounties {
  own: Int32Array;
  partly: Uint8Array;
}

const ACTIVATED_INDEX = Uint8Array.from(CATEGORIES, (c) => (isActivatedCategory(c) ? 1 : 0));

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
  pale?: PaleCounties | null,
): Uint32Array {
  const size = 2 * indexes.length + 2;
  const out = reuse?.length === size ? reuse : new Uint32Array(size);
  for (let k = 0; k < indexes.length; k++) {
    const t = indexes[k]!;
    const c = t < 0 ? 0 : statuses[t]!;
    const mute = t >= 0 && muted?.[t] === 1;
    const own = pale ? pale.own[k]! : -1;
    const faint = own >= 0 && pale!.partly[t]! === 1 && ACTIVATED_INDEX[statuses[own]!] === 0;
    out[2 * k] = mute ? MUTED_WORD : (faint ? words.paleFill : words.fill)[c]!;
    out[2 * k + 1] = mute ? MUTED_WORD : (faint ? words.paleHatch : words.hatch)[c]!;
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

/** How many states the state map shows as partly activated on the statuses' date (0 at county level). */
export function partlyActivatedCount(timeline: StatusTimeline, statuses: Uint8Array, level: MapLevel): number {
  return level === "state" ? partlyActivatedStates(timeline, statuses).reduce((sum, flag) => sum + flag, 0) : 0;
}
