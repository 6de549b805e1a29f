import type { MapZoom } from "../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH } from "./atlas.js";

/**
 * Zoom and pan in map units (the 975x610 frame): a point p of the map is drawn at k*p + (x, y). The URL
 * keeps it as `zoom=k,x,y`; no zoom (null) is the whole country.
 */
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 16;
/** What the + and − buttons multiply the scale by. */
export const ZOOM_STEP = 2;

export const IDENTITY: MapZoom = { k: 1, x: 0, y: 0 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Keep the scale in bounds and the map covering the frame (no empty margin can be dragged in). */
export function clampZoom({ k, x, y }: MapZoom): MapZoom {
  const scale = clamp(k, ZOOM_MIN, ZOOM_MAX);
  return { k: scale, x: clamp(x, MAP_WIDTH * (1 - scale), 0), y: clamp(y, MAP_HEIGHT * (1 - scale), 0) };
}

/** Null for the whole country, so the URL stays short; otherwise the zoom rounded the way the URL writes it. */
export function normalizeZoom(zoom: MapZoom): MapZoom | null {
  const z = clampZoom(zoom);
  const round = (n: number) => Math.round(n * 100) / 100;
  return z.k <= ZOOM_MIN + 1e-3 ? null : { k: round(z.k), x: round(z.x), y: round(z.y) };
}

/** Scale by `factor` keeping the map point under `at` (frame coordinates, map units) where it is. */
export function zoomAround(zoom: MapZoom, factor: number, at: readonly [number, number]): MapZoom {
  const k = clamp(zoom.k * factor, ZOOM_MIN, ZOOM_MAX);
  const applied = k / zoom.k;
  return clampZoom({ k, x: at[0] - (at[0] - zoom.x) * applied, y: at[1] - (at[1] - zoom.y) * applied });
}

/**
 * The + and − buttons: zoom about the centre of the frame; with a `focus` (a map point: the pinned
 * jurisdiction), zooming in also brings that point to the centre, so "+" goes where the reader is looking.
 */
export function zoomStep(zoom: MapZoom, direction: 1 | -1, focus: readonly [number, number] | null = null): MapZoom {
  const centred = zoomAround(zoom, direction === 1 ? ZOOM_STEP : 1 / ZOOM_STEP, [MAP_WIDTH / 2, MAP_HEIGHT / 2]);
  if (direction === -1 || !focus) return centred;
  return clampZoom({ k: centred.k, x: MAP_WIDTH / 2 - focus[0] * centred.k, y: MAP_HEIGHT / 2 - focus[1] * centred.k });
}

/** Move by (dx, dy) map units of the frame. */
export function panBy(zoom: MapZoom, dx: number, dy: number): MapZoom {
  return clampZoom({ k: zoom.k, x: zoom.x + dx, y: zoom.y + dy });
}

/** The map point drawn at frame point `at`. */
export function mapPointAt(zoom: MapZoom, at: readonly [number, number]): [number, number] {
  return [(at[0] - zoom.x) / zoom.k, (at[1] - zoom.y) / zoom.k];
}

/**
 * The transform that turns a picture drawn at zoom `drawn` into one at zoom `shown`: layers drawn for
 * one zoom follow a gesture through a cheap CSS transform until they are drawn again.
 */
export function relativeZoom(shown: MapZoom, drawn: MapZoom): MapZoom {
  const k = shown.k / drawn.k;
  return { k, x: shown.x - k * drawn.x, y: shown.y - k * drawn.y };
}
