import { METRIC_RANGES, REGULAR_WIDTHS, SEMIBOLD_WIDTHS } from "./font-metrics-data.js";

export type FontWeight = 400 | 600;

/** Width (em/1000) assumed for a character the table does not know: emoji, CJK and the like, set wide. */
const UNKNOWN_WIDTH = 1000;

function lookup(widths: readonly number[]): (codePoint: number) => number {
  return (codePoint) => {
    let base = 0;
    for (const [from, to] of METRIC_RANGES) {
      if (codePoint >= from && codePoint <= to) return widths[base + codePoint - from] || UNKNOWN_WIDTH;
      base += to - from + 1;
    }
    return UNKNOWN_WIDTH;
  };
}

const WIDTH_OF: Record<FontWeight, (codePoint: number) => number> = {
  400: lookup(REGULAR_WIDTHS),
  600: lookup(SEMIBOLD_WIDTHS),
};

/**
 * Width of `text` set in IBM Plex Sans at `size` (same units out as in), from the font's advance widths.
 * No kerning, so it errs a little wide: layout made with it never overflows in the real font.
 */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  const widthOf = WIDTH_OF[weight];
  let total = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) continue;
    total += widthOf(codePoint);
  }
  return (total * size) / 1000;
}

/**
 * Break `text` at spaces into lines no wider than `maxWidth`; a single word wider than that keeps its own line.
 * A no-break space (U+00A0) does not break: words joined by it ("July 1, 2011") stay on one line.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\n\r\f\v]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
