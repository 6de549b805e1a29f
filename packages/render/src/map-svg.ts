import type { Category } from "@scomm/core";
import { categoryPaint, FONT_STACK, fontStyle, hatchPatterns } from "./defs.js";
import type { MapGeometry } from "./geometry.js";
import { countLabel } from "./labels.js";
import { layoutFigure, type FigureLayout } from "./layout.js";
import { legendSvg } from "./legend-svg.js";
import { mapBounds, mapPaths, spanOf, type MapLevel, type MapPaths } from "./map-paths.js";
import { INK } from "./palette.js";
import type { FigureFrameInput } from "./figure-frame.js";
import { el, escapeXml, num, textEl } from "./svg.js";

export interface MapFigureInput extends FigureFrameInput {
  /** Pre-projected atlas geometry (see `mapGeometryFromTopology`). */
  geometry: MapGeometry;
  level: MapLevel;
  /** Category of each drawn jurisdiction: counties by 5-digit FIPS at county level, states by 2-digit at state level. */
  categories: ReadonlyMap<string, Category>;
  /** Show only this state (2-digit FIPS), fitted to its bounds; null for the whole country. */
  stateFips: string | null;
  /** Legend counts, from core's `countsAt` / `countCategories` for the same level and state. */
  counts: Readonly<Record<Category, number>>;
  /** A county or state (FIPS) outlined in ink: the jurisdiction whose page the export comes from. */
  highlightId?: string | null;
}

/** Lay out the figure without drawing it: its pixel size and where each part goes. */
export function layoutMapFigure(input: MapFigureInput): FigureLayout {
  const lang = input.labels.lang;
  return layoutFigure({
    width: input.width,
    title: input.title,
    subtitle: input.dateLabel,
    mapSpan: spanOf(mapBounds(input.stateFips)),
    categoryLabels: input.labels.categories,
    counts: input.counts,
    formatCount: (n) => countLabel(n, lang),
    sourceLine: input.sourceLine,
  });
}

/**
 * The exported map as one standalone SVG document: title, date, map, legend with counts, source line,
 * credit and URL, with its fonts and hatch patterns inside. Pure; the browser and the server both call it.
 */
export function renderMapSvg(input: MapFigureInput): string {
  const idPrefix = input.idPrefix ?? "scomm-";
  const layout = layoutMapFigure(input);
  const m = layout.metrics;
  const scale = layout.pixelWidth / m.base;
  const paths = mapPaths({ ...input, box: layout.map, digits: scale > 2 ? 2 : 1 });
  const formatCount = (n: number) => countLabel(n, input.labels.lang);
  const right = m.base - m.margin;
  const body = [
    el("rect", { width: m.base, height: layout.height, fill: "#ffffff" }),
    ...layout.titleLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.titleY + k * m.title * 1.2, "font-size": m.title, "font-weight": 600, fill: INK.text }, line),
    ),
    ...layout.subtitleLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.subtitleY + k * m.subtitle * 1.3, "font-size": m.subtitle, fill: INK.soft }, line),
    ),
    mapSvg(paths, idPrefix),
    legendSvg(layout, { title: input.labels.legendTitle, total: input.labels.total, formatCount }, idPrefix),
    el("line", { x1: m.margin, x2: right, y1: layout.footer.ruleY, y2: layout.footer.ruleY, stroke: INK.rule, "stroke-width": 1 }),
    ...layout.footer.sourceLines.map((line, k) =>
      textEl({ x: m.margin, y: layout.footer.sourceY + k * m.small * 1.3, "font-size": m.small, fill: INK.faint }, line),
    ),
    el("text", { x: m.margin, y: layout.footer.creditY, "font-size": m.small, fill: INK.soft }, [
      el("tspan", { "font-weight": 600 }, escapeXml(input.credit)),
      escapeXml(` · ${input.url}`),
    ]),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      "svg",
      {
        xmlns: "http://www.w3.org/2000/svg",
        width: layout.pixelWidth,
        height: layout.pixelHeight,
        viewBox: `0 0 ${m.base} ${num(layout.height)}`,
        "font-family": FONT_STACK,
        role: "img",
        "aria-labelledby": `${idPrefix}title`,
      },
      [
        el("title", { id: `${idPrefix}title` }, escapeXml(input.title)),
        el("desc", {}, escapeXml(`${input.dateLabel}. ${input.sourceLine} ${input.credit}, ${input.url}`)),
        el("defs", {}, [fontStyle(input.fontFaces ?? []), hatchPatterns(idPrefix), clipPath(paths, idPrefix)]),
        ...body,
      ],
    )
  );
}

function clipPath(paths: MapPaths, idPrefix: string): string {
  return paths.clip ? el("clipPath", { id: `${idPrefix}state-clip` }, el("path", { d: paths.clip })) : "";
}

function mapSvg(paths: MapPaths, idPrefix: string): string {
  const fills = paths.fills.map(({ category, areas }) =>
    el(
      "g",
      { "data-category": category, fill: categoryPaint(category, idPrefix) },
      areas.map((a) => el("path", { id: `${idPrefix}j${a.id}`, d: a.d })),
    ),
  );
  const line = { fill: "none", "stroke-linejoin": "round" };
  return el("g", { class: "map", "fill-rule": "evenodd" }, [
    ...fills,
    paths.countyBorders
      ? el("path", { ...line, d: paths.countyBorders, stroke: INK.countyBorder, "stroke-width": 0.35, "clip-path": paths.clip ? `url(#${idPrefix}state-clip)` : null })
      : "",
    paths.stateBorders ? el("path", { ...line, d: paths.stateBorders, stroke: INK.stateBorder, "stroke-width": 1 }) : "",
    el("path", { ...line, d: paths.outline, stroke: INK.coast, "stroke-width": 0.5 }),
    paths.highlight ? el("path", { ...line, class: "highlight", d: paths.highlight, stroke: INK.text, "stroke-width": 2 }) : "",
  ]);
}
