import { CATEGORIES, type Category } from "@scomm/core";
import { textWidth, wrapText } from "./font-metrics.js";

/** Exports this wide or wider get the side-by-side layout; narrower ones stack the legend under the map. */
export const WIDE_FROM = 720;

/** Type sizes and spacing of one layout, in design units (the SVG's viewBox). */
export interface FigureMetrics {
  /** Design width: the viewBox is this wide whatever the pixel width. */
  base: number;
  margin: number;
  title: number;
  subtitle: number;
  body: number;
  small: number;
  /** Width of the legend column beside the map (wide layout); 0 when it sits under the map. */
  legendWidth: number;
  gutter: number;
  swatch: number;
}

export const WIDE: FigureMetrics = { base: 960, margin: 28, title: 24, subtitle: 15, body: 13, small: 12.5, legendWidth: 270, gutter: 28, swatch: 14 };
export const NARROW: FigureMetrics = { base: 480, margin: 18, title: 19, subtitle: 13, body: 12.5, small: 11, legendWidth: 0, gutter: 16, swatch: 13 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendRowLayout {
  category: Category;
  /** The label broken to fit, one entry per line; `y` is the first line's baseline. */
  lines: string[];
  y: number;
  count: number;
}

export interface FigureLayout {
  metrics: FigureMetrics;
  /** Design height (viewBox), chosen so the pixel height is a whole number. */
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  titleLines: string[];
  /** The subtitle (the date line) broken to fit. */
  subtitleLines: string[];
  /** Baseline of the first title line, then of the first subtitle line. */
  titleY: number;
  subtitleY: number;
  map: Box;
  legend: {
    x: number;
    width: number;
    headingY: number;
    rows: LegendRowLayout[];
    ruleY: number;
    totalY: number;
    /** A note under the total (the state map's partly activated states), its lines and first baseline; null when none. */
    note: { lines: string[]; y: number } | null;
    /** The lowest baseline the legend writes. */
    bottom: number;
  };
  footer: { ruleY: number; sourceLines: string[]; sourceY: number; creditY: number };
}

export interface LayoutInput {
  /** Pixel width of the export. */
  width: number;
  title: string;
  /** The line under the title (the date); wrapped like the title when it is long. */
  subtitle: string;
  /** Width and height, in atlas units, of what the map shows (the nation's box, or one state's bounds). */
  mapSpan: readonly [number, number];
  categoryLabels: Record<Category, string>;
  counts: Readonly<Record<Category, number>>;
  formatCount: (count: number) => string;
  sourceLine: string;
  /** A note under the legend's total, or null. */
  legendNote?: string | null;
}

const LINE = 1.3;
/** Design units per atlas unit at most: the smallest states (DC) are not blown up past their drawn detail. */
export const MAX_ZOOM = 30;

/** Where everything goes: a pure function of the input, so the browser and the server agree to the unit. */
export function layoutFigure(input: LayoutInput): FigureLayout {
  const m = input.width >= WIDE_FROM ? WIDE : NARROW;
  const content = m.base - 2 * m.margin;
  const titleLines = wrapText(input.title, content, m.title, 600);
  const titleY = m.margin + m.title;
  const subtitleLines = wrapText(input.subtitle, content, m.subtitle);
  const subtitleY = titleY + (titleLines.length - 1) * m.title * 1.2 + m.subtitle * 1.6;
  const mapTop = subtitleY + (subtitleLines.length - 1) * m.subtitle * LINE + m.subtitle;
  const map = mapBox(m, mapTop, content, input.mapSpan);
  const legendX = m.legendWidth > 0 ? m.margin + content - m.legendWidth : m.margin;
  const legendTop = m.legendWidth > 0 ? mapTop + 4 : map.y + map.height + m.gutter;
  const legend = legendLayout(m, input, legendX, m.legendWidth || content, legendTop);
  const bodyBottom = Math.max(map.y + map.height, legend.bottom + m.body * 0.4);
  const ruleY = bodyBottom + m.gutter * 0.8;
  const sourceLines = wrapText(input.sourceLine, content, m.small);
  const sourceY = ruleY + m.small * 1.9;
  const creditY = sourceY + sourceLines.length * m.small * LINE + m.small * 0.4;
  const scale = input.width / m.base;
  const pixelHeight = Math.ceil((creditY + m.margin * 0.8) * scale);
  return {
    metrics: m,
    height: pixelHeight / scale,
    pixelWidth: input.width,
    pixelHeight,
    titleLines,
    subtitleLines,
    titleY,
    subtitleY,
    map,
    legend,
    footer: { ruleY, sourceLines, sourceY, creditY },
  };
}

/** The map's box: full content width, or what the legend column leaves; tall or tiny shapes are capped in height. */
function mapBox(m: FigureMetrics, top: number, content: number, [spanX, spanY]: readonly [number, number]): Box {
  const aspect = spanY / spanX;
  const room = m.legendWidth > 0 ? content - m.legendWidth - m.gutter : content;
  const maxHeight = room * (m.legendWidth > 0 ? 0.95 : 1.1);
  const height = Math.min(room * aspect, maxHeight, spanY * MAX_ZOOM);
  const width = Math.min(room, height / aspect);
  return { x: m.margin + (room - width) / 2, y: top, width, height };
}

function legendLayout(m: FigureMetrics, input: LayoutInput, x: number, width: number, top: number): FigureLayout["legend"] {
  const countWidth = Math.max(...CATEGORIES.map((c) => textWidth(input.formatCount(input.counts[c]), m.body)), textWidth("0000", m.body)) + 12;
  const labelWidth = width - m.swatch - 8 - countWidth;
  const headingY = top + m.body;
  let y = headingY + m.body * 1.9;
  const rows = CATEGORIES.map((category) => {
    const lines = wrapText(input.categoryLabels[category], labelWidth, m.body);
    const row = { category, lines, y, count: input.counts[category] };
    y += lines.length * m.body * LINE + m.body * 0.7;
    return row;
  });
  const ruleY = y - m.body * 0.75;
  const totalY = ruleY + m.body * 1.5;
  const noteLines = input.legendNote ? wrapText(input.legendNote, width - m.swatch - 8, m.small) : [];
  const note = noteLines.length > 0 ? { lines: noteLines, y: totalY + m.body * 1.9 } : null;
  const bottom = note ? note.y + (noteLines.length - 1) * m.small * LINE : totalY;
  return { x, width, headingY, rows, ruleY, totalY, note, bottom };
}
