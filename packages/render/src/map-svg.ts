import { formatNumber } from "./format.js";
import type { Category, MapLevel } from "@scomm/core";
import { categoryPaint } from "./defs.js";
import type { MapGeometry } from "./geometry.js";

import { layoutFigure, type FigureLayout } from "./layout.js";
import { mapBounds, mapPaths, spanOf, type MapPaths } from "./map-paths.js";
import { INK, PALE_AMOUNT } from "./palette.js";
import { figureSvg, type FigureFrameInput } from "./figure-frame.js";
import { el } from "./svg.js";

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
  /** The legend's entry for the outline ("Outline: Cook County"); null when nothing is outlined. */
  outlineLabel?: string | null;
  /** State map: county FIPS of partly activated states not switched on yet, drawn pale. */
  paleIds?: ReadonlySet<string>;
  /** Under the legend: how many states are partly activated and what pale means; null when none. */
  legendNote?: string | null;
}

/** Lay out the figure without drawing it: its pixel size and where each part goes. */
export function layoutMapFigure(input: MapFigureInput): FigureLayout {
  const lang = input.labels.lang;
  return layoutFigure({
    width: input.width,
    shape: input.shape,
    title: input.title,
    subtitle: input.dateLabel,
    mapSpan: spanOf(mapBounds(input.stateFips)),
    categoryLabels: input.labels.categories,
    counts: input.counts,
    formatCount: (n) => formatNumber(n, lang),
    sourceLine: input.sourceLine,
    outlineLabel: input.outlineLabel ?? null,
    legendNote: input.legendNote ?? null,
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
  return figureSvg(layout, input, {
    drawing: mapSvg(paths, idPrefix),
    formatValue: (n) => formatNumber(n, input.labels.lang),
    description: `${input.dateLabel}. ${input.sourceLine} ${input.credit}, ${input.url}`,
    extraDefs: clipPath(paths, idPrefix),
  });
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
    paths.veil ? el("path", { class: "pale", d: paths.veil, fill: INK.paper, "fill-opacity": PALE_AMOUNT }) : "",
    paths.countyBorders
      ? el("path", {
          ...line,
          d: paths.countyBorders,
          stroke: INK.countyBorder,
          "stroke-width": 0.35,
          "clip-path": paths.clip ? `url(#${idPrefix}state-clip)` : null,
        })
      : "",
    paths.stateBorders ? el("path", { ...line, d: paths.stateBorders, stroke: INK.stateBorder, "stroke-width": 1 }) : "",
    el("path", { ...line, d: paths.outline, stroke: INK.coast, "stroke-width": 0.5 }),
    paths.highlight ? el("path", { ...line, class: "highlight-halo", d: paths.highlight, stroke: "#ffffff", "stroke-width": 4 }) : "",
    paths.highlight ? el("path", { ...line, class: "highlight", d: paths.highlight, stroke: INK.text, "stroke-width": 2 }) : "",
    paths.highlightRing
      ? el("circle", { ...paths.highlightRing, class: "highlight-ring", fill: "none", stroke: INK.text, "stroke-width": 1.5 })
      : "",
  ]);
}
