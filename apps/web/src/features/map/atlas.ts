import { geoIdentity, type GeoProjection } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "./counties-albers-simplified.json?url";

/** us-atlas' Albers USA counties (simplified by scripts/simplify-atlas.ts), already projected into this box. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/**
 * The projection for pre-projected coordinates: identity. react-simple-maps calls a projection and reads
 * its `stream`, and keeps it only if it is the same object each render, hence one module-level constant.
 */
const identity = geoIdentity();
export const PRE_PROJECTED = Object.assign((point: [number, number]) => point, {
  stream: identity.stream.bind(identity),
  invert: (point: [number, number]) => point,
}) as unknown as GeoProjection;

export type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

export interface Atlas {
  /** County FIPS in atlas order: shape index k of the id raster is county `countyIds[k]`. */
  countyIds: readonly string[];
  counties: readonly Shape[];
  states: ReadonlyMap<string, Shape>;
  nation: Feature;
  countyBorders: MultiLineString;
  stateBorders: MultiLineString;
}

type AtlasTopology = Topology<{
  counties: GeometryCollection<{ name: string }>;
  states: GeometryCollection<{ name: string }>;
  nation: GeometryCollection;
}>;

function shapes(topology: AtlasTopology, key: "counties" | "states"): Shape[] {
  return feature(topology, topology.objects[key]).features as Shape[];
}

/** Parse once: features for drawing and hovering, meshes for the border overlay. */
export function buildAtlas(topology: AtlasTopology): Atlas {
  const counties = shapes(topology, "counties");
  return {
    countyIds: counties.map((c) => String(c.id)),
    counties,
    states: new Map(shapes(topology, "states").map((s) => [String(s.id), s])),
    nation: feature(topology, topology.objects.nation).features[0]!,
    countyBorders: mesh(topology, topology.objects.counties, (a, b) => a !== b && String(a.id).slice(0, 2) === String(b.id).slice(0, 2)),
    stateBorders: mesh(topology, topology.objects.states, (a, b) => a !== b),
  };
}

/** What the id raster draws: the counties in atlas order, and the land they cover. */
export type RasterShapes = Pick<Atlas, "counties" | "nation">;

let atlasBytes: Promise<ArrayBuffer> | null = null;

/** The geometry file's bytes, fetched once per page (the HTML preloads it): the page and the raster worker share them. */
export function fetchAtlasBytes(): Promise<ArrayBuffer> {
  atlasBytes ??= fetch(atlasUrl).then((response) => {
    if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  return atlasBytes;
}

function parseTopology(bytes: ArrayBuffer): AtlasTopology {
  return JSON.parse(new TextDecoder().decode(bytes)) as AtlasTopology;
}

export async function loadAtlas(): Promise<Atlas> {
  return buildAtlas(parseTopology(await fetchAtlasBytes()));
}

/** The raster's shapes alone (no borders or states), from the geometry's bytes: what the raster worker builds. */
export function rasterShapes(bytes: ArrayBuffer): RasterShapes {
  const topology = parseTopology(bytes);
  return { counties: shapes(topology, "counties"), nation: feature(topology, topology.objects.nation).features[0]! };
}
