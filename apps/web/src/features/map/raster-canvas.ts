import { geoPath } from "d3-geo";
import type { MapZoom } from "../../lib/view-state.js";
import type { RasterShapes } from "./atlas.js";
import { HATCH_PERIOD, HATCH_WIDTH } from "./category-colours.js";
import { countVisible, decodeRaster, fillGaps, rasterColour, rasterKeys } from "./id-raster.js";

export interface IdRaster {
  /** Device pixels. */
  width: number;
  height: number;
  /** Number of shapes (counties): keys at or past 2*count are the sea. */
  count: number;
  keys: Uint16Array;
  /** Shapes that own at least one pixel (the smallest counties can vanish at small sizes). */
  visible: number;
  /** The zoom it was drawn at. */
  zoom: MapZoom;
  /** How long drawing it took (ms), for the `scomm:raster` measure. */
  ms: number;
}

function readPixels(ctx: OffscreenCanvasRenderingContext2D, width: number, height: number): Uint8ClampedArray {
  return ctx.getImageData(0, 0, width, height).data;
}

/**
 * Draw every county once in its id colour at `width` x `height` device pixels (map units scaled by
 * width / mapWidth, then by the `zoom`) and read it back into lookup keys. Runs once per canvas size and
 * settled zoom (~100-300 ms).
 */
export function drawIdRaster(
  atlas: RasterShapes,
  width: number,
  height: number,
  mapWidth: number,
  pixelRatio: number,
  zoom: MapZoom,
): IdRaster {
  const start = performance.now();
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("no 2d canvas");
  const scale = width / mapWidth;
  const path = geoPath(null, ctx as unknown as CanvasRenderingContext2D);

  const place = () => ctx.setTransform(scale * zoom.k, 0, 0, scale * zoom.k, scale * zoom.x, scale * zoom.y);
  place();
  atlas.counties.forEach((county, k) => {
    ctx.beginPath();
    path(county);
    ctx.fillStyle = rasterColour(k);
    ctx.fill("evenodd");
  });
  const drawn = readPixels(ctx, width, height);

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  place();
  ctx.beginPath();
  path(atlas.nation);
  ctx.fillStyle = "#000";
  ctx.fill("evenodd");
  const land = readPixels(ctx, width, height);

  const count = atlas.counties.length;
  const ids = fillGaps(decodeRaster(drawn, land, count), width, height);
  const keys = rasterKeys(ids, width, count, Math.round(HATCH_PERIOD * pixelRatio), Math.round(HATCH_WIDTH * pixelRatio));
  const visible = countVisible(ids, count);
  return { width, height, count, keys, visible, zoom, ms: performance.now() - start };
}
