import { geoPath } from "d3-geo";
import type { MapZoom } from "../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas } from "../map/atlas.js";
import { normalizeZoom } from "../map/zoom.js";

const path = geoPath();

/** The map zoom that frames one state (with a margin), for an embed opened from its page; null when unknown. */
export function stateZoom(atlas: Atlas, stateFips: string): MapZoom | null {
  const state = atlas.states.get(stateFips);
  if (!state) return null;
  const [[x0, y0], [x1, y1]] = path.bounds(state);
  const k = 0.9 * Math.min(MAP_WIDTH / (x1 - x0), MAP_HEIGHT / (y1 - y0));
  const scaled = Math.min(k, 16);
  return normalizeZoom({ k: scaled, x: MAP_WIDTH / 2 - scaled * ((x0 + x1) / 2), y: MAP_HEIGHT / 2 - scaled * ((y0 + y1) / 2) });
}
