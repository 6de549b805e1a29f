import { geoPath } from "d3-geo";
import type { Feature } from "geojson";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas } from "../map/atlas.js";

/** What the small locator map draws, in the atlas' pre-projected units. */
export interface Locator {
  viewBox: string;
  /** Neighbours drawn faintly: the state's other counties, or every other state. */
  context: string;
  /** The state's outline. */
  outline: string;
  /** The jurisdiction itself. */
  highlight: string;
  /** A ring around a county too small to see at this scale. */
  ring: { cx: number; cy: number; r: number } | null;
}

const path = geoPath();
const collection = (features: readonly Feature[]) => path({ type: "FeatureCollection", features: [...features] }) ?? "";

/** A county inside its state, or a state inside the country; null when the atlas has no such shape. */
export function locatorOf(atlas: Atlas, id: string): Locator | null {
  const stateFips = id.slice(0, 2);
  const state = atlas.states.get(stateFips);
  if (!state) return null;
  if (id.length === 2) {
    const others = [...atlas.states.values()].filter((s) => s !== state);
    const outline = path(state) ?? "";
    return { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, context: collection(others), outline, highlight: outline, ring: null };
  }
  const county = atlas.counties.find((c) => String(c.id) === id);
  if (!county) return null;
  const [[x0, y0], [x1, y1]] = path.bounds(state);
  const pad = Math.max(x1 - x0, y1 - y0) * 0.06;
  const neighbours = atlas.counties.filter((c) => String(c.id).startsWith(stateFips) && c !== county);
  const [[cx0, cy0], [cx1, cy1]] = path.bounds(county);
  const span = Math.max(x1 - x0, y1 - y0);
  const small = Math.max(cx1 - cx0, cy1 - cy0) < span * 0.04;
  const [cx, cy] = path.centroid(county);
  return {
    viewBox: [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map(round).join(" "),
    context: collection(neighbours),
    outline: path(state) ?? "",
    highlight: path(county) ?? "",
    ring: small ? { cx: round(cx), cy: round(cy), r: round(span * 0.045) } : null,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
