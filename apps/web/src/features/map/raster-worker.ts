/**
 * The id raster drawn off the main thread: the page hands this worker a copy of the geometry's bytes as soon
 * as they arrive; it builds the county shapes from them (in parallel with the page's own work) and answers
 * each request with the raster's keys, transferred, not copied.
 */
import { rasterShapes, type RasterShapes } from "./atlas.js";
import { drawIdRaster } from "./raster-canvas.js";
import type { RasterAnswer, RasterMessage } from "./raster-client.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<RasterMessage>) => void) | null;
  postMessage(message: RasterAnswer, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let resolveShapes: (shapes: RasterShapes) => void = () => {};
const shapes = new Promise<RasterShapes>((resolve) => (resolveShapes = resolve));

scope.onmessage = async ({ data }) => {
  if (data.kind === "geometry") return resolveShapes(rasterShapes(data.bytes));
  const { id, width, height, mapWidth, pixelRatio, zoom } = data;
  try {
    const raster = drawIdRaster(await shapes, width, height, mapWidth, pixelRatio, zoom);
    scope.postMessage({ id, raster }, [raster.keys.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
