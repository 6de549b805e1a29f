/**
 * The id raster drawn off the main thread: this worker loads the county shapes itself (in parallel with the
 * page's own work) and answers each request with the raster's keys, transferred, not copied.
 */
import { loadRasterShapes } from "./atlas.js";
import { drawIdRaster, type IdRaster } from "./raster-canvas.js";
import type { RasterAnswer, RasterRequest } from "./raster-client.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<RasterRequest | "warm">) => void) | null;
  postMessage(message: RasterAnswer, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const shapes = loadRasterShapes();

scope.onmessage = async ({ data }) => {
  if (data === "warm") return;
  const { id, width, height, mapWidth, pixelRatio, zoom } = data;
  try {
    const raster: IdRaster = drawIdRaster(await shapes, width, height, mapWidth, pixelRatio, zoom);
    scope.postMessage({ id, raster }, [raster.keys.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
