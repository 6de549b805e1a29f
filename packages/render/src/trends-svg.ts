import { formatNumber } from "./format.js";
import { CATEGORIES, type Category, type CategorySeries, type IsoDate, type Lang } from "@scomm/core";
import { categoryPaint } from "./defs.js";
import { textWidth } from "./font-metrics.js";

import { layoutFigure, type FigureLayout } from "./layout.js";
import { INK } from "./palette.js";
import { figureSvg, type FigureFrameInput } from "./figure-frame.js";
import { el, textEl } from "./svg.js";
import { trendsPlot, type TrendsPlot } from "./trends-plot.js";
import type { TrendsUnit } from "./trends-text.js";

/** Proportions of the chart box (the layout keeps them, as it keeps a map's). */
const CHART_SPAN: readonly [number, number] = [606, 360];

export interface TrendsFigureInput extends FigureFrameInput {
  /** Counts (or summed population) per category at each sample date: core's `categorySeries`. */
  series: CategorySeries;
  /** "share" divides each sample by its total, so the stack always reaches 100%. */
  unit: TrendsUnit;
  /** The marked date: a line across the chart; the legend gives the values on it. */
  date: IsoDate;
  /** Label of the marked line ("July 1, 2011"). */
  dateMark: string;
  /** Legend values on `date`, from core's `countCategories` (weighted for "share": they are divided here). */
  counts: Readonly<Record<Category, number>>;
  /** The era band (PEP), or null. */
  band: { from: IsoDate; to: IsoDate; label: string } | null;
}

/** How a value reads on the axis and in the legend: a count, or a percentage. */
export function trendsValueLabel(unit: TrendsUnit, lang: Lang): (value: number) => string {
  if (unit === "count") return (n) => formatNumber(n, lang);
  return (share) => formatNumber(share, lang, { style: "percent", maximumFractionDigits: 1 });
}

function legendValues({ counts, unit }: TrendsFigureInput): Record<Category, number> {
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  return Object.fromEntries(CATEGORIES.map((c) => [c, unit === "share" ? (total > 0 ? counts[c] / total : 0) : counts[c]])) as Record<
    Category,
    number
  >;
}

/** Lay out the chart figure without drawing it: same composition and sizes as the map's. */
export function layoutTrendsFigure(input: TrendsFigureInput): FigureLayout {
  return layoutFigure({
    width: input.width,
    shape: input.shape,
    title: input.title,
    subtitle: input.dateLabel,
    mapSpan: CHART_SPAN,
    categoryLabels: input.labels.categories,
    counts: legendValues(input),
    formatCount: trendsValueLabel(input.unit, input.labels.lang),
    sourceLine: input.sourceLine,
  });
}

/**
 * The exported trends chart as one standalone SVG: title, subtitle, stacked areas per category with year
 * and value axes, the PEP band, the marked date, legend with the values on that date, source line, credit
 * and URL; fonts and hatch patterns inside. Pure.
 */
export function renderTrendsSvg(input: TrendsFigureInput): string {
  const idPrefix = input.idPrefix ?? "scomm-";
  const layout = layoutTrendsFigure(input);
  const m = layout.metrics;
  const formatValue = trendsValueLabel(input.unit, input.labels.lang);
  const plot = trendsPlot({ series: input.series, unit: input.unit, box: layout.map, size: m.small, top: m.small * 2.8, formatValue });
  return figureSvg(layout, input, {
    drawing: chartSvg(plot, input, m.small, idPrefix),
    formatValue,
    description: `${input.dateLabel}. ${input.labels.legendTitle}. ${input.sourceLine} ${input.credit}, ${input.url}`,
  });
}

/** Grid, stacked areas, era band, marked date and both axes. */
function chartSvg(plot: TrendsPlot, input: TrendsFigureInput, size: number, idPrefix: string): string {
  const { area } = plot;
  const bottom = area.y + area.height;
  const band = input.band && { x0: plot.xOf(input.band.from), x1: plot.xOf(input.band.to), label: input.band.label };
  const bandSvg = band
    ? el("g", { class: "era-band" }, [
        el("rect", {
          x: band.x0,
          y: area.y,
          width: Math.max(0, band.x1 - band.x0),
          height: area.height,
          fill: INK.text,
          "fill-opacity": 0.14,
        }),
        textEl({ x: (band.x0 + band.x1) / 2, y: area.y - size * 0.45, "text-anchor": "middle", "font-weight": 600 }, band.label),
      ])
    : "";
  const x = plot.xOf(input.date);
  const markWidth = textWidth(input.dateMark, size, 600);
  const markX = Math.min(Math.max(x, area.x + markWidth / 2), area.x + area.width - markWidth / 2);
  // The marked line rises to its label, unless it would cross the band's label on the way.
  const crossesBand = band && Math.abs(x - (band.x0 + band.x1) / 2) < textWidth(band.label, size, 600) / 2 + 3;
  return el("g", { class: "chart", "font-size": size, fill: INK.soft }, [
    ...plot.layers.map((layer) =>
      el("path", { "data-category": layer.category, d: layer.d, fill: categoryPaint(layer.category, idPrefix) }),
    ),
    ...plot.yTicks.map((t) =>
      el("line", {
        x1: area.x,
        x2: area.x + area.width,
        y1: t.at,
        y2: t.at,
        stroke: "#ffffff",
        "stroke-opacity": 0.55,
        "stroke-width": 0.6,
      }),
    ),
    bandSvg,
    el("line", { x1: x, x2: x, y1: area.y - size * (crossesBand ? 0 : 1.3), y2: bottom, stroke: INK.text, "stroke-width": 1.5 }),
    textEl({ x: markX, y: area.y - size * 1.75, "text-anchor": "middle", "font-weight": 600, fill: INK.text }, input.dateMark),
    el("line", { x1: area.x, x2: area.x + area.width, y1: bottom, y2: bottom, stroke: INK.coast, "stroke-width": 1 }),
    ...plot.yTicks.map((t) =>
      textEl({ x: area.x - size * 0.5, y: t.at + size * 0.35, "text-anchor": "end", "font-variant-numeric": "tabular-nums" }, t.label),
    ),
    ...plot.xTicks.map((t) =>
      el("g", {}, [
        el("line", { x1: t.at, x2: t.at, y1: bottom, y2: bottom + size * 0.4, stroke: INK.coast, "stroke-width": 1 }),
        textEl({ x: t.at, y: bottom + size * 1.45, "text-anchor": "middle" }, t.label),
      ]),
    ),
  ]);
}
