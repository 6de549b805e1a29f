import type { MapZoom } from "../../lib/view-state.js";
import type { IdRaster } from "./raster-canvas.js";

export interface RasterRequest {
  id: number;
  width: number;
  height: number;
  mapWidth: number;
  pixelRatio: number;
  zoom: MapZoom;
}

export type RasterAnswer = { id: number; raster: IdRaster } | { id: number; error: string };

let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (raster: IdRaster) => void; reject: (error: Error) => void }>();
let nextId = 0;

function rasterWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./raster-worker.ts", import.meta.url), { type: "module", name: "id-raster" });
  worker.onmessage = ({ data }: MessageEvent<RasterAnswer>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ("raster" in data) request?.resolve(data.raster);
    else request?.reject(new Error(`id raster: ${data.error}`));
  };
  return worker;
}

/** Start the worker, and with it the download of the shapes it draws, before the map asks for a raster. */
export function warmRasterWorker(): void {
  if (typeof Worker !== "undefined") rasterWorker().postMessage("warm");
}

/** The id raster at a size and zoom, drawn in the worker. */
export function requestIdRaster(request: Omit<RasterRequest, "id">): Promise<IdRaster> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    rasterWorker().postMessage({ ...request, id });
  });
}
