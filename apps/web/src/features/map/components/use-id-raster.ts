import { useEffect, useMemo, useState } from "react";
import { measureRaster } from "../../../lib/instrument.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_WIDTH } from "../atlas.js";
import type { IdRaster } from "../raster-canvas.js";
import { idRasterNow, requestIdRaster } from "../raster-client.js";
import type { DeviceSize } from "./use-device-size.js";

/** What the raster of a canvas of `size` (device pixels) at `zoom` is asked for with. */
export function rasterRequest(size: DeviceSize, zoom: MapZoom) {
  return { width: size.width, height: size.height, mapWidth: MAP_WIDTH, pixelRatio: size.ratio, zoom };
}

/**
 * The id raster for the canvas's size and the settled zoom: at once when it can be had now (the baked one, or
 * the one already answered), else drawn in the raster worker; until that one arrives, the last one (null before
 * the first), each with the zoom it was drawn at. An answer overtaken by a newer request is dropped.
 */
export function useIdRaster(size: DeviceSize | null, zoom: MapZoom): IdRaster | null {
  const request = useMemo(() => size && rasterRequest(size, zoom), [size, zoom]);
  const now = useMemo(() => request && idRasterNow(request), [request]);
  const [arrived, setArrived] = useState<IdRaster | null>(null);
  useEffect(() => {
    if (now) {
      measureRaster(now.ms);
      setArrived(now); // the one shown while the next drawn one is on its way
      return;
    }
    if (!request) return;
    let current = true;
    requestIdRaster(request).then(
      (drawn) => {
        if (!current) return;
        measureRaster(drawn.ms);
        setArrived(drawn);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [request, now]);
  // While a drawn raster is on its way, the last one stays (the zoom's CSS transform moves it).
  return now ?? arrived;
}
