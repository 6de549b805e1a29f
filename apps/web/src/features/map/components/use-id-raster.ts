import { useEffect, useState } from "react";
import { measureRaster } from "../../../lib/instrument.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_WIDTH } from "../atlas.js";
import type { IdRaster } from "../raster-canvas.js";
import { requestIdRaster } from "../raster-client.js";
import type { DeviceSize } from "./use-device-size.js";

/**
 * The id raster for the canvas's size and the settled zoom, drawn in the raster worker: the last one that
 * arrived (null until the first), each with the zoom it was drawn at. An answer overtaken by a newer
 * request is dropped.
 */
export function useIdRaster(size: DeviceSize | null, zoom: MapZoom): IdRaster | null {
  const [raster, setRaster] = useState<IdRaster | null>(null);
  useEffect(() => {
    if (!size) return;
    let current = true;
    requestIdRaster({ width: size.width, height: size.height, mapWidth: MAP_WIDTH, pixelRatio: size.ratio, zoom }).then(
      (drawn) => {
        if (!current) return;
        measureRaster(drawn.ms);
        setRaster(drawn);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [size, zoom]);
  return raster;
}
