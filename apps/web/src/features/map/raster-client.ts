import type { MapZoom } from "../../lib/view-state.js";
import { fetchAtlasBytes } from "./atlas-bytes.js";
import { bakedIdRaster, bakedIdRasterNow, bakedServes } from "./baked-raster.js";
import type { IdRaster } from "./raster-canvas.js";

export interface RasterRequest {
  kind: "raster";
  id: number;
  width: number;
  height: number;
  mapWidth: number;
  pixelRatio: number;
  zoom: MapZoom;
}

/** What the page sends the worker: the geometry once, then raster requests. */
export type RasterMessage = { kind: "geometry"; bytes: ArrayBuffer } | RasterRequest;

export type RasterAnswer = { id: number; raster: IdRaster } | { id: number; error: string };

let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (raster: IdRaster) => void; reject: (error: Error) => void }>();
let nextId = 0;

function rasterWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./raster-worker.ts", import.meta.url), { type: "module", name: "id-raster" });
  started.onmessage = ({ data }: MessageEvent<RasterAnswer>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ("raster" in data) request?.resolve(data.raster);
    else request?.reject(new Error(`id raster: ${data.error}`));
  };
  // A copy of the bytes the page fetched (the page parses its own): one download, two parsers in parallel.
  void fetchAtlasBytes().then((bytes) => {
    const copy = bytes.slice(0);
    started.postMessage({ kind: "geometry", bytes: copy } satisfies RasterMessage, [copy]);
  });
  worker = started;
  return started;
}

/** Start the worker, and the geometry download it waits for, before the map asks for a raster. */
export function warmRasterWorker(): void {
  if (typeof Worker !== "undefined") rasterWorker();
}

/** After the first baked raster, the worker starts once the page is idle, ready for the first zoom. */
function warmWhenIdle(raster: IdRaster): IdRaster {
  if (!worker) (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500)))(() => warmRasterWorker());
  return raster;
}

function drawnIdRaster(request: Request): Promise<IdRaster> {
  const id = nextId++;
  return new Promise<IdRaster>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    rasterWorker().postMessage({ ...request, kind: "raster", id } satisfies RasterMessage);
  });
}

type Request = Omit<RasterRequest, "id" | "kind">;

/** The last request's key and answer (and the answer itself once in): asking again for it costs nothing. */
let last: { key: string; raster: Promise<IdRaster>; now: IdRaster | null } | null = null;

const keyOf = ({ width, height, mapWidth, pixelRatio, zoom }: Request) =>
  [width, height, mapWidth, pixelRatio, zoom.k, zoom.x, zoom.y].join();

/**
 * The id raster at a size and zoom: the whole country from the baked raster, anything else drawn in the
 * worker. Asking twice in a row for the same one (the loading placeholder as soon as its box is laid out, then
 * the map once its data is in) draws it once.
 */
export function requestIdRaster(request: Request): Promise<IdRaster> {
  const key = keyOf(request);
  if (last?.key === key) return last.raster;
  const { width, height, pixelRatio, zoom } = request;
  // Should the baked raster fail to load, the worker draws the same raster from the geometry.
  const raster = bakedServes(width, zoom)
    ? bakedIdRaster(width, height, pixelRatio).then(warmWhenIdle, () => drawnIdRaster(request))
    : drawnIdRaster(request);
  const entry: NonNullable<typeof last> = { key, raster, now: null };
  last = entry;
  raster.then(
    (answer) => {
      entry.now = answer;
    },
    () => {
      if (last === entry) last = null;
    },
  );
  return raster;
}

/**
 * The id raster without waiting, when it can be had now: the last one answered, or the whole country while the
 * baked raster is in. The map's first render then paints in the same frame as it lays out.
 */
export function idRasterNow(request: Request): IdRaster | null {
  const key = keyOf(request);
  if (last?.key === key) return last.now;
  const { width, height, pixelRatio, zoom } = request;
  const raster = bakedServes(width, zoom) ? bakedIdRasterNow(width, height, pixelRatio) : null;
  if (raster) last = { key, raster: Promise.resolve(warmWhenIdle(raster)), now: raster };
  return raster;
}
