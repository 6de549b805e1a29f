import type { RefObject } from "react";
import { useSettled } from "../../../lib/use-settled.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH } from "../atlas.js";
import { IDENTITY, relativeZoom } from "../zoom.js";
import { useDeviceSize } from "./use-device-size.js";
import { useIdRaster } from "./use-id-raster.js";

/** A zoom is drawn again (raster and borders) once it has rested this long; until then CSS scales the last drawing. */
const ZOOM_SETTLE_MS = 160;

export const zoomKey = (z: MapZoom) => `${z.k},${z.x},${z.y}`;

/**
 * The zoom on screen (`shown`), the id raster for the frame's device size drawn at the zoom that last rested, the
 * zoom it was drawn at (`drawn`), and the move from that drawing to the zoom on screen (`delta`).
 */
export function useZoomedRaster(frame: RefObject<HTMLDivElement | null>, zoom: MapZoom | null | undefined) {
  const size = useDeviceSize(frame, MAP_HEIGHT / MAP_WIDTH);
  const shown = zoom ?? IDENTITY;
  const settled = useSettled(shown, ZOOM_SETTLE_MS, zoomKey(shown));
  const raster = useIdRaster(size, settled);
  // Every layer follows the canvas: drawn at the raster's zoom, moved to the zoom on screen by one transform.
  const drawn = raster?.zoom ?? settled;
  return { shown, raster, drawn, delta: relativeZoom(shown, drawn) };
}
