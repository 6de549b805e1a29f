import { CATEGORIES, type Category, type MapLevel } from "@scomm/core";
import { geoIdentity, geoPath } from "d3-geo";
import type { MultiLineString } from "geojson";
import { NATION_BOUNDS, STATE_BOUNDS } from "./atlas-bounds-data.js";
import type { AreaFeature, MapGeometry } from "./geometry.js";
import type { Box } from "./layout.js";

type Bounds = [[number, number], [number, number]];

/**
 * The atlas-coordinate box the map shows: the nation's (the Aleutians reach past x = 0) or one state's,
 * from a table of the full-detail atlas, so that simplified geometry (the web's) lays out to the same size.
 */
export function mapBounds(stateFips: string | null): Bounds {
  const box = stateFips ? STATE_BOUNDS[stateFips] : NATION_BOUNDS;
  if (!box) throw new RangeError(`no bounds for state ${stateFips}`);
  return [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
}

export function spanOf([[x0, y0], [x1, y1]]: Bounds): [number, number] {
  return [x1 - x0, y1 - y0];
}

export interface MapPaths {
  /** Path data per category, one entry per drawn jurisdiction, in legend order of categories. */
  fills: { category: Category; areas: { id: string; d: string }[] }[];
  countyBorders: string | null;
  stateBorders: string | null;
  /** The outline of what is shown: the coast for the nation, the state's edge for one state. */
  outline: string;
  /** The state's edge again, to clip its inner borders; null for the nation. */
  clip: string | null;
  /** The outlined jurisdiction's edge, or null. */
  highlight: string | null;
  /** A ring around the outlined jurisdiction when it is drawn smaller than `MIN_OUTLINED` (a dot otherwise); null when not. */
  highlightRing: { cx: number; cy: number; r: number } | null;
  /** State map: the counties a partly activated state has not switched on yet, veiled pale; null when none. */
  veil: string | null;
}

export interface MapPathsInput {
  geometry: MapGeometry;
  level: MapLevel;
  stateFips: string | null;
  categories: ReadonlyMap<string, Category>;
  box: Box;
  /** Decimals kept in path data (more for large pixel sizes). */
  digits: number;
  /** A jurisdiction (county or state FIPS) to outline, or null. */
  highlightId?: string | null;
  /** County FIPS drawn pale (the state map's not-yet-switched-on counties of partly activated states). */
  paleIds?: ReadonlySet<string>;
}

/** Fit what is shown into `box` and write every path, in design units. */
export function mapPaths({ geometry, level, stateFips, categories, box, digits, highlightId, paleIds }: MapPathsInput): MapPaths {
  const bounds = mapBounds(stateFips);
  const [[x0, y0], [x1, y1]] = bounds;
  const k = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
  const tx = box.x + (box.width - (x1 - x0) * k) / 2 - x0 * k;
  const ty = box.y + (box.height - (y1 - y0) * k) / 2 - y0 * k;
  const path = geoPath(geoIdentity().scale(k).translate([tx, ty])).digits(digits);
  const d = (object: Parameters<typeof path>[0]) => path(object) ?? "";

  const inState = (id: string) => !stateFips || id.startsWith(stateFips);
  const areas: AreaFeature[] =
    level === "county"
      ? geometry.counties.filter((c) => inState(String(c.id)))
      : [...geometry.states.values()].filter((s) => inState(String(s.id)));
  const byCategory = new Map<Category, { id: string; d: string }[]>(CATEGORIES.map((c) => [c, []]));
  for (const area of areas) {
    const id = String(area.id);
    byCategory.get(categories.get(id) ?? "not_activated")!.push({ id, d: d(area) });
  }
  const state = stateFips ? geometry.states.get(stateFips)! : null;
  const highlighted = highlightShape(geometry, highlightId);
  const near = (lines: MultiLineString) => (state ? linesWithin(lines, bounds) : lines);
  return {
    fills: CATEGORIES.map((category) => ({ category, areas: byCategory.get(category)! })).filter((f) => f.areas.length > 0),
    countyBorders: level === "county" ? d(near(geometry.countyBorders)) || null : null,
    stateBorders: state ? null : d(geometry.stateBorders) || null,
    outline: d(state ?? geometry.nation),
    clip: state ? d(state) : null,
    highlight: highlighted ? d(highlighted) || null : null,
    highlightRing: highlighted ? ringAround(path.bounds(highlighted)) : null,
    veil: paleIds?.size
      ? geometry.counties
          .filter((c) => inState(String(c.id)) && paleIds.has(String(c.id)))
          .map(d)
          .join("") || null
      : null,
  };
}

/** The lines of a mesh that come into `bounds` (the rest would be clipped away anyway). */
function linesWithin(lines: MultiLineString, [[x0, y0], [x1, y1]]: Bounds): MultiLineString {
  const inside = ([x, y]: number[]) => x! >= x0 && x! <= x1 && y! >= y0 && y! <= y1;
  return { type: "MultiLineString", coordinates: lines.coordinates.filter((line) => line.some(inside)) };
}

/** A county (5 digits) or state (2 digits) to outline; null when none is asked for or the geometry has none. */
function highlightShape(geometry: MapGeometry, id: string | null | undefined): AreaFeature | null {
  if (!id) return null;
  return (id.length === 2 ? geometry.states.get(id) : geometry.counties.find((c) => String(c.id) === id)) ?? null;
}

/** Outlined shapes drawn smaller than this (design units, either side) get a ring, so the outline is seen. */
export const MIN_OUTLINED = 8;

function ringAround([[x0, y0], [x1, y1]]: Bounds): MapPaths["highlightRing"] {
  if (Math.max(x1 - x0, y1 - y0) >= MIN_OUTLINED) return null;
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, r: MIN_OUTLINED };
}
