import { categoryPaint } from "./defs.js";
import type { FigureLayout, LegendNoteLayout } from "./layout.js";
import { CATEGORY_STYLES, fade, INK, PALE_AMOUNT } from "./palette.js";
import { el, textEl } from "./svg.js";

export interface LegendText {
  title: string;
  total: string;
  formatCount: (count: number) => string;
}

/** The legend: heading, one swatch + label + count per category, a rule and the total, the outlined jurisdiction, the note. */
export function legendSvg(layout: FigureLayout, text: LegendText, idPrefix: string): string {
  const { legend, metrics: m } = layout;
  const right = legend.x + legend.width;
  const lineHeight = m.body * 1.3;
  const total = legend.rows.reduce((sum, r) => sum + r.count, 0);
  const rows = legend.rows.map((row) =>
    el("g", { "data-category": row.category }, [
      el("rect", {
        x: row.x,
        y: row.y - m.swatch + 2,
        width: m.swatch,
        height: m.swatch,
        fill: categoryPaint(row.category, idPrefix),
        stroke: "rgba(0,0,0,0.18)",
        "stroke-width": 0.5,
      }),
      ...row.lines.map((line, k) => textEl({ x: row.x + m.swatch + 8, y: row.y + k * lineHeight }, line)),
      textEl({ x: row.x + row.width, y: row.y, "text-anchor": "end", "font-variant-numeric": "tabular-nums" }, text.formatCount(row.count)),
    ]),
  );
  return el("g", { class: "legend", "font-size": m.body, fill: INK.text }, [
    textEl({ x: legend.x, y: legend.headingY, "font-weight": 600 }, text.title),
    ...rows,
    el("line", { x1: legend.x, x2: right, y1: legend.ruleY, y2: legend.ruleY, stroke: INK.rule, "stroke-width": 1 }),
    textEl({ x: legend.x, y: legend.totalY, fill: INK.soft }, text.total),
    textEl({ x: right, y: legend.totalY, "text-anchor": "end", fill: INK.soft }, text.formatCount(total)),
    legend.outline ? outlineEntrySvg(layout, legend.outline) : "",
    legend.note ? partlyNoteSvg(layout, legend.note) : "",
  ]);
}

/** The outlined jurisdiction's entry: a white swatch edged in ink as the map outlines it, and its name. */
function outlineEntrySvg({ legend, metrics: m }: FigureLayout, entry: LegendNoteLayout): string {
  const s = m.swatch - 2;
  return el("g", { class: "legend-outline" }, [
    el("rect", { x: legend.x + 1, y: entry.y - m.swatch + 3, width: s, height: s, fill: "#ffffff", stroke: INK.text, "stroke-width": 2 }),
    ...entry.lines.map((line, k) => textEl({ x: legend.x + m.swatch + 8, y: entry.y + k * m.body * 1.3 }, line)),
  ]);
}

/** The partly activated note: a swatch half in the Activated colour, half pale, and the note's lines. */
function partlyNoteSvg({ legend, metrics: m }: FigureLayout, note: LegendNoteLayout): string {
  const x = legend.x;
  const y = note.y - m.swatch + 2;
  const s = m.swatch;
  const fill = CATEGORY_STYLES.activated.fill;
  return el("g", { class: "legend-note", "font-size": m.small, fill: INK.soft }, [
    el("rect", { x, y, width: s, height: s, fill }),
    el("path", { d: `M${x + s},${y}L${x + s},${y + s}L${x},${y + s}Z`, fill: fade(fill, PALE_AMOUNT) }),
    el("rect", { x, y, width: s, height: s, fill: "none", stroke: "rgba(0,0,0,0.18)", "stroke-width": 0.5 }),
    ...note.lines.map((line, k) => textEl({ x: x + s + 8, y: note.y + k * m.small * 1.3 }, line)),
  ]);
}
