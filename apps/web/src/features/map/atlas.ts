import { queryOptions } from "@tanstack/react-query";
import { geoIdentity, type GeoProjection } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fetchAtlasBytes } from "./atlas-bytes.js";

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
  nation: Feature<Polygon | MultiPolygon>;
  countyBorders: MultiLineString;
  stateBorders: MultiLineString;
}

export type AtlasTopology = Topology<{
  counties: GeometryCollection<{ name: string }>;
  states: GeometryCollection<{ name: string }>;
  nation: GeometryCollection;
}> & {
  /** The arcs of each border mesh, found at build time (`scripts/simplify-atlas.ts`, `arcDeltas`). */
  borders: { county: number[]; state: number[] };
};

function shapes(topology: AtlasTopology, key: "counties" | "states"): Shape[] {
  return feature(topology, topology.objects[key]).features as Shape[];
}

/** A border mesh from its arcs' index differences: one line per arc, decoded without searching or stitching. */
export function borderMesh(topology: AtlasTopology, deltas: readonly number[]): MultiLineString {
  const arcs: number[][] = [];
  let arc = 0;
  for (const delta of deltas) {
    arc += delta;
    arcs.push([arc]);
  }
  return feature(topology, { type: "MultiLineString", arcs }).geometry as MultiLineString;
}

/** The land: the coastline and the outer borders. */
function nationOf(topology: AtlasTopology): Feature<Polygon | MultiPolygon> {
  return feature(topology, topology.objects.nation).features[0] as Feature<Polygon | MultiPolygon>;
}

/**
 * Parse once: features for drawing and hovering, meshes for the border overlay. The 3,142 county shapes are
 * decoded on first use (a hover, a pin, a zoomed label, an export), not before the first frame, which needs
 * only their ids, the borders and the states.
 */
export function buildAtlas(topology: AtlasTopology): Atlas {
  let counties: Shape[] | null = null;
  return {
    countyIds: topology.objects.counties.geometries.map((c) => String(c.id)),
    get counties() {
      if (!counties) counties = shapes(topology, "counties");
      return counties;
    },
    states: new Map(shapes(topology, "states").map((s) => [String(s.id), s])),
    nation: nationOf(topology),
    countyBorders: borderMesh(topology, topology.borders.county),
    stateBorders: borderMesh(topology, topology.borders.state),
  };
}

/** What the id raster draws: the counties in atlas order, and the land they cover. */
export type RasterShapes = Pick<Atlas, "counties" | "nation">;

function parseTopology(bytes: ArrayBuffer): AtlasTopology {
  return JSON.parse(new TextDecoder().decode(bytes)) as AtlasTopology;
}

export async function loadAtlas(): Promise<Atlas> {
  return buildAtlas(parseTopology(await fetchAtlasBytes()));
}

/** The parsed geometry, once per session, for every page that draws a map. */
export const atlasQuery = queryOptions({ queryKey: ["atlas"], queryFn: loadAtlas, staleTime: Infinity });

/** The raster's shapes alone (no borders or states), from the geometry's bytes: what the raster worker builds. */
export function rasterShapes(bytes: ArrayBuffer): RasterShapes {
  const topology = parseTopology(bytes);
  return { counties: shapes(topology, "counties"), nation: nationOf(topology) };
}
