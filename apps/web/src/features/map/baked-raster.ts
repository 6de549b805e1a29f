/**
 * The map's first id raster without geometry work: the country's raster baked at build time
 * (build/bake-id-raster.ts: atlas index + 1 per pixel, 0 for the sea, 16-bit little-endian) is fetched
 * (preloaded by the HTML) and sampled to the canvas's size, nearest pixel, in a few milliseconds on the page.
 * The worker draws every other raster (zoomed in, or wider than the baked one) from the geometry.
 */
import { BAKED_ID_RASTER } from "virtual:baked-id-raster";
import { HATCH_PERIOD, HATCH_WIDTH } from "./category-colours.js";
import { type Baked, countVisible, rasterKeys, sampleBaked } from "./id-raster.js";
import type { IdRaster } from "./raster-canvas.js";

/** The baked raster serves a request for the whole country no wider than itself (never scaled up). */
export function bakedServes(width: number, zoom: { k: number; x: number; y: number }): boolean {
  return zoom.k === 1 && zoom.x === 0 && zoom.y === 0 && width <= BAKED_ID_RASTER.width;
}

let baked: Promise<Baked> | null = null;
/** The baked raster once it is in: the map's first render can then sample it at once. */
let loaded: Baked | null = null;

/** The baked raster, fetched once per page. */
export function fetchBaked(): Promise<Baked> {
  baked ??= fetch(BAKED_ID_RASTER.url).then(async (response) => {
    if (!response.ok) throw new Error(`baked id raster: HTTP ${response.status}`);
    const ids = new Uint16Array(await response.arrayBuffer());
    const { width, height } = BAKED_ID_RASTER;
    if (ids.length !== width * height) throw new Error(`baked id raster: ${ids.length} pixels, expected ${width} x ${height}`);
    loaded = { width, height, ids };
    return loaded;
  });
  return baked;
}

/** The id raster of the whole country at a canvas size, from the baked one. */
export async function bakedIdRaster(width: number, height: number, pixelRatio: number): Promise<IdRaster> {
  return sampled(await fetchBaked(), width, height, pixelRatio);
}

/** The same, now, if the baked raster is in already; null otherwise. */
export function bakedIdRasterNow(width: number, height: number, pixelRatio: number): IdRaster | null {
  return loaded && sampled(loaded, width, height, pixelRatio);
}

function sampled(source: Baked, width: number, height: number, pixelRatio: number): IdRaster {
  const start = performance.now();
  const count = BAKED_ID_RASTER.count;
  const ids = sampleBaked(source, width, height);
  const keys = rasterKeys(ids, width, count, Math.round(HATCH_PERIOD * pixelRatio), Math.round(HATCH_WIDTH * pixelRatio));
  return { width, height, count, keys, visible: countVisible(ids, count), zoom: { k: 1, x: 0, y: 0 }, ms: performance.now() - start };
}
