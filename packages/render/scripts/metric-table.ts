import type { FontWidths } from "./ttf-widths.js";

/** Basic Latin, Latin-1, Latin Extended-A, and general punctuation (dashes, quotes, ellipsis, bullet). */
export const METRIC_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
];

export function metricsTable(font: FontWidths): number[] {
  const out: number[] = [];
  for (const [from, to] of METRIC_RANGES) {
    for (let c = from; c <= to; c++) {
      const advance = font.advance(c);
      out.push(advance === undefined ? 0 : Math.round((advance * 1000) / font.unitsPerEm));
    }
  }
  return out;
}
