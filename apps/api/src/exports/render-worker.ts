import { layoutMapFigure, layoutTrendsFigure, mapFigureInput, renderMapSvg, renderTrendsSvg, trendsFigureInput } from "@scomm/render";
import { exportAssets } from "./export-assets.js";
import type { FigureResult, RenderTask } from "./figure-job.js";
import { svgToPng } from "./svg-image.js";

/**
 * Runs in a render-pool worker thread: composes the figure (the same shared composition the browser's
 * export dialog uses) and, for a PNG within the pixel budget, rasterises it. Geometry and fonts are read
 * once per thread.
 */
export default function renderFigure({ job, pixelBudget }: RenderTask): FigureResult {
  const { geometry, fontFaces } = exportAssets();
  const composed =
    job.figure === "map"
      ? (() => {
          const input = mapFigureInput({ ...job.spec, geometry, fontFaces });
          return { layout: layoutMapFigure(input), svg: () => renderMapSvg(input) };
        })()
      : (() => {
          const input = trendsFigureInput({ ...job.spec, fontFaces });
          return { layout: layoutTrendsFigure(input), svg: () => renderTrendsSvg(input) };
        })();
  const { pixelWidth, pixelHeight } = composed.layout;
  if (job.format === "svg") return { ok: true, body: composed.svg() };
  if (pixelWidth * pixelHeight > pixelBudget) return { ok: false, pixelWidth, pixelHeight };
  return { ok: true, body: svgToPng(composed.svg()) };
}
