import { geoPath } from "d3-geo";
import { mapGeometryFromTopology, type AtlasTopology } from "../src/geometry.js";

type Box = [number, number, number, number];

const out = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box => [
  Math.floor(x0 * 10) / 10,
  Math.floor(y0 * 10) / 10,
  Math.ceil(x1 * 10) / 10,
  Math.ceil(y1 * 10) / 10,
];

/** The nation's and each state's bounds in the full-detail atlas. */
export function atlasBoundsTable(topology: AtlasTopology): { nation: Box; states: Record<string, Box> } {
  const geometry = mapGeometryFromTopology(topology);
  const path = geoPath();
  const states = Object.fromEntries([...geometry.states].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, s]) => [id, out(path.bounds(s))]));
  return { nation: out(path.bounds(geometry.nation)), states };
}
