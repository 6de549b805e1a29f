import { geoPath } from "d3-geo";
import type { MapZoom } from "../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas } from "./atlas.js";
import { normalizeZoom, ZOOM_MAX } from "./zoom.js";

const path = geoPath();

/** How much of the frame the jurisdiction may fill: a state nearly all of it, a county a third (its neighbours around it). */
const SHARE = { state: 0.9, county: 1 / 3 };

/**
 * The map zoom that frames a state or a county in the middle of the map, inside the zoom limits (a
 * county smaller than the closest zoom allows is centred at that zoom); null when the atlas lacks it.
 */
export function jurisdictionZoom(atlas: Atlas, id: string): MapZoom | null {
  const state = id.length === 2;
  const shape = state ? atlas.states.get(id) : atlas.counties.find((c) => String(c.id) === id);
  if (!shape) return null;
  const [[x0, y0], [x1, y1]] = path.bounds(shape);
  const fit = Math.min(MAP_WIDTH / Math.max(x1 - x0, 1e-6), MAP_HEIGHT / Math.max(y1 - y0, 1e-6));
  const k = Math.min(ZOOM_MAX, fit * SHARE[state ? "state" : "county"]);
  return normalizeZoom({ k, x: MAP_WIDTH / 2 - k * ((x0 + x1) / 2), y: MAP_HEIGHT / 2 - k * ((y0 + y1) / 2) });
}
