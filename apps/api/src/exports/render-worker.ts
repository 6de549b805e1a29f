import { layoutMapFigure, layoutTrendsFigure, mapFigureInput, renderMapSvg, renderTrendsSvg, trendsFigureInput } from "@scomm/render";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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
  const body = svgToPng(composed.svg());
  collectGarbage();
  return { ok: true, body };
}

/**
 * resvg's tree and pixel buffer live in native memory that is freed only when V8 collects their (small) JS
 * handles, which it does not hurry to do: sixteen 4000-px renders took the server past 900 MB. A full
 * collection after each PNG keeps a worker near its working size (a 4000-px render is about a second; the
 * collection a few milliseconds). `gc` is exposed in this worker's context only.
 */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
