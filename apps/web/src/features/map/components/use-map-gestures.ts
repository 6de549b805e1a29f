import { useEffect, useRef, type PointerEvent, type RefObject } from "react";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_WIDTH } from "../atlas.js";
import { normalizeZoom, panBy, zoomAround } from "../zoom.js";

/** A press that moves less than this (CSS px) is a click, not a drag. */
const CLICK_SLOP = 4;
/** A fingertip's reach (CSS px) when the device does not report its contact size, and the bounds we keep it in. */
const FINGER_RADIUS = { fallback: 12, min: 8, max: 20 };

/** How far from its centre a press may land: a finger's contact radius for touch, 0 (a point) for a mouse or pen. */
function reachOf(e: PointerEvent<HTMLElement>): number {
  if (e.pointerType !== "touch") return 0;
  const reported = Math.max(e.width, e.height) / 2;
  return reported > 1 ? Math.min(FINGER_RADIUS.max, Math.max(FINGER_RADIUS.min, reported)) : FINGER_RADIUS.fallback;
}

interface GestureOptions {
  /** The zoom on screen now. */
  zoom: MapZoom;
  /** A wheel or drag moved the map (null: the whole country). Absent: the map does not zoom. */
  onZoom?: ((zoom: MapZoom | null) => void) | undefined;
  /** A click (or tap) at frame point (x, y), CSS px, by a pointer reaching `reach` px around it (0: a point). */
  onClick?: ((x: number, y: number, reach: number) => void) | undefined;
  /** The pointer moved to (x, y) without dragging, or left the map (null). */
  onHover: (point: { x: number; y: number; width: number } | null) => void;
}

interface Press {
  pointerId: number;
  x: number;
  y: number;
  zoom: MapZoom;
  dragging: boolean;
}

/** Where a pointer event landed in its element, CSS px, with the element's width. */
function framePoint(e: PointerEvent<HTMLElement>): { x: number; y: number; width: number } {
  const rect = e.currentTarget.getBoundingClientRect();
  return { x: e.clientX - rect.left, y: e.clientY - rect.top, width: rect.width };
}

/** The wheel zooms about the pointer (a listener of its own: React's wheel handlers are passive and cannot stop the page scrolling). */
function useWheelZoom(frame: RefObject<HTMLElement | null>, latest: RefObject<GestureOptions>): void {
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      const { zoom, onZoom } = latest.current;
      if (!onZoom) return;
      e.preventDefault();
      const rect = element.getBoundingClientRect();
      const units = MAP_WIDTH / rect.width;
      const delta = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? rect.height : 1);
      const at = [(e.clientX - rect.left) * units, (e.clientY - rect.top) * units] as const;
      onZoom(normalizeZoom(zoomAround(zoom, Math.exp(-delta * 0.002), at)));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [frame, latest]);
}

/** Wheel to zoom about the pointer, drag to pan, click to pick, hover to inspect, on the map's frame. */
export function useMapGestures(frame: RefObject<HTMLElement | null>, options: GestureOptions) {
  const latest = useRef(options);
  latest.current = options;
  const press = useRef<Press | null>(null);

  useWheelZoom(frame, latest);
  const local = framePoint;

  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0) return;
      const { x, y } = local(e);
      press.current = { pointerId: e.pointerId, x, y, zoom: latest.current.zoom, dragging: false };
      latest.current.onHover(local(e));
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      const point = local(e);
      const p = press.current;
      if (!p || p.pointerId !== e.pointerId) return latest.current.onHover(point);
      if (!p.dragging && Math.hypot(point.x - p.x, point.y - p.y) < CLICK_SLOP) return;
      const { onZoom } = latest.current;
      if (!onZoom || p.zoom.k <= 1) return;
      if (!p.dragging) e.currentTarget.setPointerCapture(e.pointerId);
      p.dragging = true;
      latest.current.onHover(null);
      const units = MAP_WIDTH / point.width;
      onZoom(normalizeZoom(panBy(p.zoom, (point.x - p.x) * units, (point.y - p.y) * units)));
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      const p = press.current;
      press.current = null;
      if (!p || p.pointerId !== e.pointerId || p.dragging) return;
      const { x, y } = local(e);
      if (Math.hypot(x - p.x, y - p.y) < CLICK_SLOP) latest.current.onClick?.(x, y, reachOf(e));
    },
    onPointerCancel() {
      press.current = null;
    },
    onPointerLeave(e: PointerEvent<HTMLElement>) {
      if (!press.current?.dragging || press.current.pointerId !== e.pointerId) latest.current.onHover(null);
    },
  };
}
