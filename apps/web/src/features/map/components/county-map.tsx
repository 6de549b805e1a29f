import { useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from "react";
import { measurePaint } from "../../../lib/instrument.js";
import type { MapLevel } from "../../timeline/map-query.js";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas, type Shape } from "../atlas.js";
import { paintPixels, shapeAt } from "../id-raster.js";
import { categoryWords, colourTable } from "../map-series.js";
import { drawIdRaster } from "../raster-canvas.js";
import { MapBorders, MapHover } from "./map-layers.js";
import { useDeviceSize } from "./use-device-size.js";

export interface MapPointer {
  /** Atlas index of the county under the pointer, or -1. */
  shape: number;
  /** Pointer position in CSS pixels within the map. */
  x: number;
  y: number;
  /** The map's width in CSS pixels, to keep the tooltip inside it. */
  width: number;
}

interface CountyMapProps {
  atlas: Atlas;
  /** Category index per timeline entry on the map's date (core's `statusesAt`). */
  statuses: Uint8Array | null;
  /** Per atlas county, the timeline index that colours it (`paintIndexes`). */
  indexes: Int32Array;
  level: MapLevel;
  /** Written to `data-painted` once painted, for tests and the bench. */
  paintKey: string;
  highlight: Shape | null;
  label: string;
  onPointer: (pointer: MapPointer | null) => void;
  children?: ReactNode;
}

const WORDS = categoryWords();

/** Counties painted on a canvas through the id raster, with the border and hover layers drawn over them. */
export function CountyMap({ atlas, statuses, indexes, level, paintKey, highlight, label, onPointer, children }: CountyMapProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const table = useRef<Uint32Array | undefined>(undefined);
  const size = useDeviceSize(frame, MAP_HEIGHT / MAP_WIDTH);
  const raster = useMemo(() => size && drawIdRaster(atlas, size.width, size.height, MAP_WIDTH, size.ratio), [atlas, size]);
  const image = useMemo(() => raster && new ImageData(raster.width, raster.height), [raster]);

  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx || !raster || !image || !statuses) return;
    const start = performance.now();
    table.current = colourTable(statuses, indexes, WORDS, table.current);
    paintPixels(raster.keys, table.current, new Uint32Array(image.data.buffer));
    ctx.putImageData(image, 0, 0);
    measurePaint(start);
    frame.current?.setAttribute("data-painted", paintKey);
  }, [raster, image, statuses, indexes, paintKey]);

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!raster || !frame.current) return;
    const rect = frame.current.getBoundingClientRect();
    const [x, y] = [e.clientX - rect.left, e.clientY - rect.top];
    const ratio = raster.width / rect.width;
    onPointer({ shape: shapeAt(raster.keys, raster.width, raster.count, x * ratio, y * ratio), x, y, width: rect.width });
  };

  return (
    <div
      ref={frame}
      className="county-map"
      data-testid="county-map"
      data-level={level}
      data-counties-drawn={raster?.count}
      data-counties-visible={raster?.visible}
      role="img"
      aria-label={label}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerMove}
      onPointerLeave={() => onPointer(null)}
    >
      <canvas ref={canvas} className="map-layer map-fills" width={raster?.width ?? 0} height={raster?.height ?? 0} />
      <MapBorders atlas={atlas} />
      <MapHover shape={highlight} />
      {children}
    </div>
  );
}
