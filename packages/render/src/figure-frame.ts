import { FONT_STACK, fontStyle, hatchPatterns, type EmbeddedFontFace } from "./defs.js";
import type { FigureLabels } from "./labels.js";
import type { FigureLayout } from "./layout.js";
import { legendSvg } from "./legend-svg.js";
import { INK } from "./palette.js";
import type { FigureShape } from "./shapes.js";
import { el, escapeXml, num, textEl } from "./svg.js";

/** What every exported figure (map or chart) carries around its drawing: words, credit, size and fonts. */
export interface FigureFrameInput {
  title: string;
  /** The line under the title ("Status on July 1, 2011": see `figureText` / `trendsFigureText`). */
  dateLabel: string;
  sourceLine: string;
  credit: string;
  url: string;
  /** Pixel width; the height follows from the layout. */
  width: number;
  /** Landscape (the default), square or portrait (`layoutFigure`). */
  shape?: FigureShape;
  labels: FigureLabels;
  /** Font files to embed (@font-face); without them viewers fall back to the font stack. */
  fontFaces?: readonly EmbeddedFontFace[];
  /** Prefix of the SVG's ids, so several exports can sit in one HTML page. */
  idPrefix?: string;
}

/** What a figure puts inside the shared frame. */
export interface FigureContent {
  /** The map or the chart, drawn in the layout's `map` box. */
  drawing: string;
  /** How the legend writes each category's value (a count, or a share). */
  formatValue: (value: number) => string;
  /** The accessible description (`<desc>`). */
  description: string;
  /** Definitions beyond fonts and hatch patterns (e.g. a clip path). */
  extraDefs?: string;
}

/**
 * The standalone SVG document every exported figure shares: white page, title and subtitle, the drawing,
 * legend, rule, source lines and credit, with fonts and hatch patterns in <defs>.
 */
export function figureSvg(layout: FigureLayout, input: FigureFrameInput, content: FigureContent): string {
  const idPrefix = input.idPrefix ?? "scomm-";
  const m = layout.metrics;
  const right = m.base - m.margin;
  const body = [
    el("rect", { width: m.base, height: layout.height, fill: "#ffffff" }),
    ...layout.titleLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.titleY + k * m.title * 1.2, "font-size": m.title, "font-weight": 600, fill: INK.text }, line),
    ),
    ...layout.subtitleLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.subtitleY + k * m.subtitle * 1.3, "font-size": m.subtitle, fill: INK.soft }, line),
    ),
    content.drawing,
    legendSvg(layout, { title: input.labels.legendTitle, total: input.labels.total, formatCount: content.formatValue }, idPrefix),
    el("line", { x1: m.margin, x2: right, y1: layout.footer.ruleY, y2: layout.footer.ruleY, stroke: INK.rule, "stroke-width": 1 }),
    ...layout.footer.sourceLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.footer.sourceY + k * m.small * 1.3, "font-size": m.small, fill: INK.faint }, line),
    ),
    el("text", { x: m.margin, y: layout.footer.creditY, "font-size": m.small, fill: INK.soft }, [
      el("tspan", { "font-weight": 600 }, escapeXml(input.credit)),
      escapeXml(` · ${input.url}`),
    ]),
  ];
  const attributes = {
    xmlns: "http://www.w3.org/2000/svg",
    width: layout.pixelWidth,
    height: layout.pixelHeight,
    viewBox: `0 0 ${m.base} ${num(layout.height)}`,
    "font-family": FONT_STACK,
    role: "img",
    "aria-labelledby": `${idPrefix}title`,
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el("svg", attributes, [
      el("title", { id: `${idPrefix}title` }, escapeXml(input.title)),
      el("desc", {}, escapeXml(content.description)),
      el("defs", {}, [fontStyle(input.fontFaces ?? []), hatchPatterns(idPrefix), content.extraDefs ?? ""]),
      ...body,
    ])
  );
}
