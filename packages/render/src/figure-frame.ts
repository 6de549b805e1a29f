import type { EmbeddedFontFace } from "./defs.js";
import type { FigureLabels } from "./labels.js";

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
  labels: FigureLabels;
  /** Font files to embed (@font-face); without them viewers fall back to the font stack. */
  fontFaces?: readonly EmbeddedFontFace[];
  /** Prefix of the SVG's ids, so several exports can sit in one HTML page. */
  idPrefix?: string;
}
