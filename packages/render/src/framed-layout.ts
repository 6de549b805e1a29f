import { footerHeight, footerLayout, headerLayout, legendLayout, type LegendFrame } from "./layout-parts.js";
import { mapBox, type FigureLayout, type FigureMetrics, type LayoutInput } from "./layout.js";
import { SHAPE_ASPECT, type FramedShape } from "./shapes.js";

/**
 * The framed shapes' design: 720 units wide at any pixel width, so their words are a third larger than a
 * landscape figure's of the same width (a 960-px square sets the source line at 16.7 px).
 */
export const FRAMED: FigureMetrics = {
  base: 720,
  margin: 24,
  title: 24,
  subtitle: 15,
  body: 13,
  small: 12.5,
  legendWidth: 0,
  gutter: 20,
  swatch: 14,
};

/** The square's legend runs in two columns under the map (height is scarce); the portrait's in one, 360 units wide. */
const LEGEND: Record<FramedShape, { columns: number; width: number | null }> = {
  square: { columns: 2, width: null },
  portrait: { columns: 1, width: 360 },
};

/** The least height the map keeps, in design units; below it (a very long title) the frame grows instead. */
export const MIN_MAP_HEIGHT = 0.3 * FRAMED.base;

/**
 * A square or portrait figure: title, the map in what the frame leaves (centred), the legend under it, the
 * footer at the frame's bottom. The pixel height is the width times the shape's aspect, unless the words
 * would leave the map less than `MIN_MAP_HEIGHT`.
 */
export function framedLayout(input: LayoutInput, shape: FramedShape): FigureLayout {
  const m = FRAMED;
  const content = m.base - 2 * m.margin;
  const header = headerLayout(m, input, content);
  const legendAt = (top: number): LegendFrame => ({
    x: m.margin,
    width: LEGEND[shape].width ?? content,
    columns: LEGEND[shape].columns,
    top,
  });
  const legendHeight = legendLayout(m, input, legendAt(0)).bottom + m.body * 0.4;
  const sourceLines = footerLayout(m, input.sourceLine, content, 0).sourceLines.length;
  const below = m.gutter + legendHeight + footerHeight(m, sourceLines);
  const scale = input.width / m.base;
  const needed = header.bottom + MIN_MAP_HEIGHT + below;
  const framed = m.base * SHAPE_ASPECT[shape];
  const pixelHeight = needed > framed ? Math.ceil(needed * scale) : Math.round(input.width * SHAPE_ASPECT[shape]);
  const height = pixelHeight / scale;
  const room = height - header.bottom - below;
  const fitted = mapBox(m, header.bottom, input.mapSpan, content, room);
  const map = { ...fitted, y: header.bottom + (room - fitted.height) / 2 };
  const legend = legendLayout(m, input, legendAt(header.bottom + room + m.gutter));
  const footer = footerLayout(m, input.sourceLine, content, height - footerHeight(m, sourceLines));
  return { metrics: m, height, pixelWidth: input.width, pixelHeight, ...header.text, map, legend, footer };
}
