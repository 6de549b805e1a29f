import type { MultiLineString, MultiPolygon, Polygon, Position } from "geojson";

/** Two decimals of a map unit: a hundredth of a CSS pixel unzoomed, under a fifth of one at the closest zoom. */
const round = (value: number) => Math.round(value * 100) / 100;

function line(points: readonly Position[], close: boolean): string {
  let d = "";
  for (let i = 0; i < points.length; i++) d += `${i === 0 ? "M" : "L"}${round(points[i]![0]!)},${round(points[i]![1]!)}`;
  return close && points.length > 0 ? `${d}Z` : d;
}

/**
 * The SVG path of pre-projected geometry (map units in, map units out): a direct loop, several times faster
 * than a projection stream, for the border layer the first frame draws (thousands of lines).
 */
export function svgPath(geometry: MultiLineString | Polygon | MultiPolygon): string {
  switch (geometry.type) {
    case "MultiLineString":
      return geometry.coordinates.map((points) => line(points, false)).join("");
    case "Polygon":
      return geometry.coordinates.map((ring) => line(ring, true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.map((polygon) => polygon.map((ring) => line(ring, true)).join("")).join("");
  }
}
