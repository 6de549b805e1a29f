export { CATEGORY_STYLES, fade, HATCH_PERIOD, HATCH_WIDTH, INK, PALE_AMOUNT, type CategoryStyle } from "./palette.js";
export { EVENT_TYPE_LABELS_BY_LANG } from "./event-type-labels.js";
export { CATEGORY_LABELS_BY_LANG, figureLabels, type FigureLabels } from "./labels.js";
export { formatDate, formatNumber, LOCALES } from "./format.js";
export { textWidth, wrapText, type FontWeight } from "./font-metrics.js";
export { ATLAS_HEIGHT, ATLAS_WIDTH, mapGeometryFromTopology, type AreaFeature, type AtlasTopology, type MapGeometry } from "./geometry.js";
export { categoryPaint, FONT_FAMILY, FONT_STACK, hatchId, hatchTiles, type EmbeddedFontFace, type HatchTile } from "./defs.js";
export { layoutFigure, NARROW, WIDE, WIDE_FROM, type FigureLayout, type FigureMetrics } from "./layout.js";
export { layoutMapFigure, renderMapSvg, type MapFigureInput } from "./map-svg.js";
export { escapeXml } from "./svg.js";
export {
  countyFigureText,
  figureText,
  outlineLabel,
  placeInSentence,
  SITE_NAME,
  SOURCE_LINES,
  type CountyPlace,
  type FigureText,
} from "./figure-text.js";
export { SHAPE_ASPECT, SHAPES, type FigureShape, type FramedShape } from "./shapes.js";
export { FRAMED } from "./framed-layout.js";
export { EXPORT_FONT_FILES, exportFontFaces, type ExportFontFile } from "./fonts.js";
export { PEP_LABEL, trendsFigureText, type TrendsUnit } from "./trends-text.js";
export { stackValues } from "./trends-plot.js";
export { STACK_ORDER, stackedAreas, type StackedArea } from "./stacked-areas.js";
export { layoutTrendsFigure, renderTrendsSvg, trendsValueLabel, type TrendsFigureInput } from "./trends-svg.js";
export { mapFigureInput, trendsFigureInput, type FigureCommon, type MapExport, type TrendsExport } from "./figure-input.js";
export type { FigureFrameInput } from "./figure-frame.js";
