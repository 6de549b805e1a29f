import type { MapExport, TrendsExport } from "@scomm/render";

/** The two ways an exported figure is served: the SVG as composed, or rasterised to PNG. */
export type ImageFormat = "svg" | "png";

export const IMAGE_CONTENT_TYPES: Record<ImageFormat, string> = { svg: "image/svg+xml; charset=utf-8", png: "image/png" };

/**
 * One image for the render worker: what the figure shows (the status timeline, the date, the words) without
 * what the worker holds itself (map geometry and fonts). Plain data: it crosses to a worker thread.
 */
export type FigureJob =
  | { figure: "map"; format: ImageFormat; spec: Omit<MapExport, "geometry" | "fontFaces"> }
  | { figure: "trends"; format: ImageFormat; spec: Omit<TrendsExport, "fontFaces"> };

/** What the worker answers: the file's bytes (PNG) or text (SVG), or the size that broke the pixel budget. */
export type FigureResult = { ok: true; body: Uint8Array | string } | { ok: false; pixelWidth: number; pixelHeight: number };

/** The worker's task: the job and the most pixels a PNG may have. */
export interface RenderTask {
  job: FigureJob;
  pixelBudget: number;
}
