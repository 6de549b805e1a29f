import type { MapLevel } from "@scomm/core";
import { useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from "react";
import { measurePaint } from "../../../lib/instrument.js";
import type { MapZoom } from "../../../lib/view-state.js";

import { MAP_HEIGHT, MAP_WIDTH, type Atlas, type Shape } from "../atlas.js";
import { paintPixels, shapeUnderFinger } from "../id-raster.js";
import { categoryWords, colourTable, type CategoryWords, type PaleCounties } from "../map-series.js";
import { MapBorders, MapLabels, MapOutlines } from "./map-layers.js";
import type { IdRaster } from "../raster-canvas.js";
import { useMapGestures } from "./use-map-gestures.js";
import { useZoomedRaster, zoomKey } from "./use-zoomed-raster.js";
import "../map.css";

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
  /** The hovered county's (or state's) shape, outlined. */
  highlight: Shape | null;
  /** The pinned jurisdiction's shape, outlined more strongly. */
  selected?: Shape | null;
  /** Per timeline index, 1 paints that jurisdiction in the neutral muted fill instead of its category. */
  muted?: Uint8Array | null;
  /** State map: the counties a partly activated state has not switched on yet are painted pale. */
  pale?: PaleCounties | null;
  /** State FIPS -> postal code, for the place names drawn over the map (none drawn without it). */
  stateCodes?: ReadonlyMap<string, string> | null;
  /** Category colours (`categoryWords`, faded but one for a legend highlight). */
  words?: CategoryWords;
  /** Zoom on screen (null: the whole country). */
  zoom?: MapZoom | null;
  /** Wheel and drag report the new zoom here; without it the map does not zoom. */
  onZoom?: (zoom: MapZoom | null) => void;
  /** A click picks the county under the pointer (atlas index). */
  onPick?: (pointer: MapPointer) => void;
  label: string;
  onPointer: (pointer: MapPointer | null) => void;
  children?: ReactNode;
}

const WORDS = categoryWords();
interface PaintInput extends Pick<CountyMapProps, "statuses" | "indexes" | "muted" | "pale" | "paintKey"> {
  canvas: RefObject<HTMLCanvasElement | null>;
  frame: RefObject<HTMLDivElement | null>;
  raster: IdRaster | null;
  words: CategoryWords;
  /** The zoom the raster was drawn at. */
  drawn: MapZoom;
}

/** Paints the counties' colours on the date into the canvas through the id raster, then marks the frame painted. */
function usePaint({ canvas, frame, raster, statuses, indexes, words, muted, pale, paintKey, drawn }: PaintInput): void {
  const table = useRef<Uint32Array | undefined>(undefined);
  const image = useMemo(() => raster && new ImageData(raster.width, raster.height), [raster]);
  useLayoutEffect(() => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx || !raster || !image || !statuses) return;
    const start = performance.now();
    table.current = colourTable(statuses, indexes, words, table.current, muted, pale);
    paintPixels(raster.keys, table.current, new Uint32Array(image.data.buffer));
    ctx.putImageData(image, 0, 0);
    measurePaint(start);
    frame.current?.setAttribute("data-painted", paintKey);
    frame.current?.setAttribute("data-zoom", zoomKey(drawn));
  }, [canvas, frame, raster, image, statuses, indexes, muted, pale, words, paintKey, drawn]);
}

/** A point in the frame, CSS px, and the frame's width. */
type ScreenPoint = { x: number; y: number; width: number };

/**
 * The county under a frame point, undoing the CSS transform (`delta`) still applied over the last drawing; a
 * finger's tap (reach > 0) takes the county most under the fingertip.
 */
function pointerOnRaster(raster: IdRaster | null, delta: MapZoom, point: ScreenPoint, reach: number): MapPointer {
  if (!raster) return { shape: -1, ...point };
  const units = MAP_WIDTH / point.width;
  const [u, v] = [(point.x * units - delta.x) / delta.k, (point.y * units - delta.y) / delta.k];
  const ratio = raster.width / MAP_WIDTH;
  const radius = ((reach * units) / delta.k) * ratio;
  return { shape: shapeUnderFinger(raster.keys, raster.width, raster.count, u * ratio, v * ratio, radius), ...point };
}

/** The CSS transform that moves the last drawing to the zoom on screen; none when they match. */
function zoomTransform(delta: MapZoom): string | undefined {
  if (delta.k === 1 && delta.x === 0 && delta.y === 0) return undefined;
  return `translate(${(delta.x / MAP_WIDTH) * 100}%, ${(delta.y / MAP_HEIGHT) * 100}%) scale(${delta.k})`;
}

/** Counties painted on a canvas through the id raster, with the border and outline layers drawn over them. */
export function CountyMap(props: CountyMapProps) {
  const {
    atlas,
    statuses,
    indexes,
    level,
    paintKey,
    highlight,
    selected = null,
    muted,
    pale,
    stateCodes,
    words = WORDS,
    label,
    onPointer,
    children,
  } = props;
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { shown, raster, drawn, delta } = useZoomedRaster(frame, props.zoom);

  usePaint({ canvas, frame, raster, statuses, indexes, words, muted, pale, paintKey, drawn });
  const pointerAt = (point: ScreenPoint, reach = 0) => pointerOnRaster(raster, delta, point, reach);

  const gestures = useMapGestures(frame, {
    zoom: shown,
    onZoom: props.onZoom,
    onClick: props.onPick && ((x, y, reach) => props.onPick?.(pointerAt({ x, y, width: frame.current?.clientWidth ?? 1 }, reach))),
    onHover: (point) => onPointer(point && pointerAt(point)),
  });

  const transform = zoomTransform(delta);

  return (
    <div
      ref={frame}
      className="county-map"
      data-testid="county-map"
      data-level={level}
      data-zoomed={shown.k > 1 ? "" : undefined}
      data-counties-drawn={raster?.count}
      data-counties-visible={raster?.visible}
      role="img"
      aria-label={label}
      {...gestures}
    >
      <div className="map-clip">
        <div className="map-zoom" style={{ transform }}>
          <canvas ref={canvas} className="map-layer map-fills" width={raster?.width ?? 0} height={raster?.height ?? 0} />
          <MapBorders atlas={atlas} zoom={drawn} />
          <MapOutlines hovered={highlight} selected={selected} zoom={drawn} />
          {stateCodes && <MapLabels atlas={atlas} zoom={drawn} stateCodes={stateCodes} />}
        </div>
      </div>
      {children}
    </div>
  );
}
