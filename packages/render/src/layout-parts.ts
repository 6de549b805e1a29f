import { CATEGORIES } from "@scomm/core";
import { textWidth, wrapText } from "./font-metrics.js";
import type { FigureLayout, FigureMetrics, LayoutInput, LegendNoteLayout } from "./layout.js";

/** Line height, in type sizes, of wrapped body and source text. */
export const LINE = 1.3;

/** Title and subtitle broken to the content's width, their baselines, and where the body below them starts. */
export function headerLayout(m: FigureMetrics, input: LayoutInput, content: number) {
  const titleLines = wrapText(input.title, content, m.title, 600);
  const titleY = m.margin + m.title;
  const subtitleLines = wrapText(input.subtitle, content, m.subtitle);
  const subtitleY = titleY + (titleLines.length - 1) * m.title * 1.2 + m.subtitle * 1.6;
  const bottom = subtitleY + (subtitleLines.length - 1) * m.subtitle * LINE + m.subtitle;
  return { text: { titleLines, subtitleLines, titleY, subtitleY }, bottom };
}

/** The rule under the body at `bodyBottom`, the source lines and the credit under it. */
export function footerLayout(m: FigureMetrics, sourceLine: string, content: number, bodyBottom: number): FigureLayout["footer"] {
  const sourceLines = wrapText(sourceLine, content, m.small);
  const ruleY = bodyBottom + m.gutter * 0.8;
  const sourceY = ruleY + m.small * 1.9;
  const creditY = sourceY + sourceLines.length * m.small * LINE + m.small * 0.4;
  return { ruleY, sourceLines, sourceY, creditY };
}

/** From the body's bottom to the figure's: the footer of `sourceLines` lines and the bottom margin. */
export function footerHeight(m: FigureMetrics, sourceLines: number): number {
  return m.gutter * 0.8 + m.small * 1.9 + sourceLines * m.small * LINE + m.small * 0.4 + m.margin * 0.8;
}

/** Where the legend goes: its left edge and width, its top, and in how many columns its categories run. */
export interface LegendFrame {
  x: number;
  width: number;
  top: number;
  columns: number;
}

/**
 * The legend: heading, the categories (down the first column, then the next), a rule and the total across
 * every column, then the outlined jurisdiction's entry and the note, if any.
 */
export function legendLayout(m: FigureMetrics, input: LayoutInput, frame: LegendFrame): FigureLayout["legend"] {
  const { x, width, top, columns } = frame;
  const columnWidth = (width - m.gutter * (columns - 1)) / columns;
  const countWidth =
    Math.max(...CATEGORIES.map((c) => textWidth(input.formatCount(input.counts[c]), m.body)), textWidth("0000", m.body)) + 12;
  const labelWidth = columnWidth - m.swatch - 8 - countWidth;
  const headingY = top + m.body;
  const perColumn = Math.ceil(CATEGORIES.length / columns);
  const ys = Array.from({ length: columns }, () => headingY + m.body * 1.9);
  const rows = CATEGORIES.map((category, k) => {
    const column = Math.floor(k / perColumn);
    const lines = wrapText(input.categoryLabels[category], labelWidth, m.body);
    const row = {
      category,
      lines,
      y: ys[column]!,
      x: x + column * (columnWidth + m.gutter),
      width: columnWidth,
      count: input.counts[category],
    };
    ys[column]! += lines.length * m.body * LINE + m.body * 0.7;
    return row;
  });
  const ruleY = Math.max(...ys) - m.body * 0.75;
  const totalY = ruleY + m.body * 1.5;
  const textWidthBeside = width - m.swatch - 8;
  const outline = noteBelow(input.outlineLabel, totalY, textWidthBeside, m.body, m);
  const note = noteBelow(input.legendNote, outline ? lastBaseline(outline, m.body) : totalY, textWidthBeside, m.small, m);
  const bottom = note ? lastBaseline(note, m.small) : outline ? lastBaseline(outline, m.body) : totalY;
  return { x, width, headingY, rows, ruleY, totalY, outline, note, bottom };
}

/** A block of text under the baseline `after`, wrapped to `width` at `size`; null when there is none. */
function noteBelow(text: string | null | undefined, after: number, width: number, size: number, m: FigureMetrics): LegendNoteLayout | null {
  const lines = text ? wrapText(text, width, size) : [];
  return lines.length > 0 ? { lines, y: after + m.body * 1.9 } : null;
}

function lastBaseline(note: LegendNoteLayout, size: number): number {
  return note.y + (note.lines.length - 1) * size * LINE;
}
