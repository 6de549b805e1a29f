import type { Category } from "@scomm/core";
import { framedLayout } from "./framed-layout.js";
import { footerLayout, headerLayout, legendLayout } from "./layout-parts.js";
import type { FigureShape } from "./shapes.js";

/** Landscape exports this wide or wider get the side-by-side layout; narrower ones stack the legend under the map. */
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

export const WIDE: FigureMetrics = {
  base: 960,
  margin: 28,
  title: 24,
  subtitle: 15,
  body: 13,
  small: 12.5,
  legendWidth: 270,
  gutter: 28,
  swatch: 14,
};
export const NARROW: FigureMetrics = {
  base: 480,
  margin: 18,
  title: 19,
  subtitle: 13,
  body: 12.5,
  small: 11,
  legendWidth: 0,
  gutter: 16,
  swatch: 13,
};

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
  /** The row's column: its swatch at `x`, its count ending at `x + width`. */
  x: number;
  width: number;
  count: number;
}

/** A block of text under the legend's total, beside a swatch: its lines and first baseline. */
export interface LegendNoteLayout {
  lines: string[];
  y: number;
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
    /** The outlined jurisdiction, named beside an outlined swatch ("Outline: Cook County"); null when none. */
    outline: LegendNoteLayout | null;
    /** A note under the total (the state map's partly activated states); null when none. */
    note: LegendNoteLayout | null;
    /** The lowest baseline the legend writes. */
    bottom: number;
  };
  footer: { ruleY: number; sourceLines: string[]; sourceY: number; creditY: number };
}

export interface LayoutInput {
  /** Pixel width of the export. */
  width: number;
  /** Landscape (the default: height from the content) or a fixed frame, square or portrait. */
  shape?: FigureShape;
  title: string;
  /** The line under the title (the date); wrapped like the title when it is long. */
  subtitle: string;
  /** Width and height, in atlas units, of what the map shows (the nation's box, or one state's bounds). */
  mapSpan: readonly [number, number];
  categoryLabels: Record<Category, string>;
  counts: Readonly<Record<Category, number>>;
  formatCount: (count: number) => string;
  sourceLine: string;
  /** The legend's entry for the outlined jurisdiction ("Outline: Cook County"), or null. */
  outlineLabel?: string | null;
  /** A note under the legend's total, or null. */
  legendNote?: string | null;
}

/** Design units per atlas unit at most: the smallest states (DC) are not blown up past their drawn detail. */
export const MAX_ZOOM = 30;

/** Where everything goes: a pure function of the input, so the browser and the server agree to the unit. */
export function layoutFigure(input: LayoutInput): FigureLayout {
  const shape = input.shape ?? "landscape";
  return shape === "landscape" ? landscapeLayout(input) : framedLayout(input, shape);
}

/** The landscape figure: the legend beside the map (wide) or under it (narrow), the height following the content. */
function landscapeLayout(input: LayoutInput): FigureLayout {
  const m = input.width >= WIDE_FROM ? WIDE : NARROW;
  const content = m.base - 2 * m.margin;
  const header = headerLayout(m, input, content);
  const map = mapBox(m, header.bottom, input.mapSpan, m.legendWidth > 0 ? content - m.legendWidth - m.gutter : content);
  const beside = m.legendWidth > 0;
  const legend = legendLayout(m, input, {
    x: beside ? m.margin + content - m.legendWidth : m.margin,
    width: m.legendWidth || content,
    top: beside ? header.bottom + 4 : map.y + map.height + m.gutter,
    columns: 1,
  });
  const bodyBottom = Math.max(map.y + map.height, legend.bottom + m.body * 0.4);
  const footer = footerLayout(m, input.sourceLine, content, bodyBottom);
  const scale = input.width / m.base;
  const pixelHeight = Math.ceil((footer.creditY + m.margin * 0.8) * scale);
  return { metrics: m, height: pixelHeight / scale, pixelWidth: input.width, pixelHeight, ...header.text, map, legend, footer };
}

/**
 * The map's box at `top`: `room` wide at most (centred in it, from the left margin), keeping the span's proportions; tall or
 * tiny shapes are capped in height (`maxHeight`, by default a little more or less than the room's width).
 */
export function mapBox(m: FigureMetrics, top: number, [spanX, spanY]: readonly [number, number], room: number, maxHeight?: number): Box {
  const aspect = spanY / spanX;
  const cap = maxHeight ?? room * (m.legendWidth > 0 ? 0.95 : 1.1);
  const height = Math.min(room * aspect, cap, spanY * MAX_ZOOM);
  const width = Math.min(room, height / aspect);
  return { x: m.margin + (room - width) / 2, y: top, width, height };
}
