import type { StatusTimeline } from "@scomm/core";
import { useEffect, useRef } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas } from "../atlas.js";
import { requestIdRaster } from "../raster-client.js";
import { IDENTITY } from "../zoom.js";
import { MapFigure, type MapFigureProps } from "./map-figure.js";
import { useDeviceSize } from "./use-device-size.js";
import { rasterRequest } from "./use-id-raster.js";

interface LoadedMapProps extends Omit<MapFigureProps, "atlas" | "timeline" | "statuses"> {
  atlas: Atlas | undefined;
  timeline: StatusTimeline | undefined;
  statuses: Uint8Array | undefined;
  error: { message: string } | null;
}

/**
 * The map's box while its data loads: a status line (or why the data failed). As soon as the box is laid out
 * it asks for the id raster at its size (baked, or drawn by the worker), so the raster is ready while the
 * rest still loads; the map asks for the same one and gets it.
 */
function MapPlaceholder({ zoom, error }: { zoom: MapZoom | null; error: { message: string } | null }) {
  const { m, fill } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const size = useDeviceSize(box, MAP_HEIGHT / MAP_WIDTH);
  useEffect(() => {
    if (size && !error)
      requestIdRaster(rasterRequest(size, zoom ?? IDENTITY)).catch(
        () => {}, // the map asks again, and reports a failure
      );
  }, [size, zoom, error]);
  return (
    <div ref={box} className="county-map county-map--placeholder" role="status">
      {error ? fill(m.map.loadFailed, { message: error.message }) : m.map.loadingMap}
    </div>
  );
}

/** The map once its geometry and timeline are in; until then its placeholder. */
export function LoadedMap({ atlas, timeline, statuses, error, ...figure }: LoadedMapProps) {
  if (atlas && timeline && statuses) return <MapFigure atlas={atlas} timeline={timeline} statuses={statuses} {...figure} />;
  return <MapPlaceholder zoom={figure.zoom} error={error} />;
}
