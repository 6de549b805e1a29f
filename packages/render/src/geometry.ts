import type { Feature, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** us-atlas' `counties-albers-10m.json` is projected already, into this box (Alaska and Hawaii inset). */
export const ATLAS_WIDTH = 975;
export const ATLAS_HEIGHT = 610;

export type AreaFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

/**
 * Pre-projected map geometry in atlas coordinates: what `renderMapSvg` draws. Feature ids are FIPS codes
 * (5-digit counties, 2-digit states). The web's own parsed atlas has this shape too.
 */
export interface MapGeometry {
  counties: readonly AreaFeature[];
  states: ReadonlyMap<string, AreaFeature>;
  nation: Feature;
  /** County borders inside each state (not along state lines). */
  countyBorders: MultiLineString;
  /** Borders between states (not the coast). */
  stateBorders: MultiLineString;
}

export type AtlasTopology = Topology<{
  counties: GeometryCollection;
  states: GeometryCollection;
  nation: GeometryCollection;
}>;

/** Convert the us-atlas Albers topology once (about half a second for counties); reuse the result. */
export function mapGeometryFromTopology(topology: AtlasTopology): MapGeometry {
  const areas = (key: "counties" | "states") =>
    feature(topology, topology.objects[key]).features.map((f) => ({ ...f, id: String(f.id) }) as AreaFeature);
  const sameState = (a: { id?: string | number }, b: { id?: string | number }) => String(a.id).slice(0, 2) === String(b.id).slice(0, 2);
  return {
    counties: areas("counties"),
    states: new Map(areas("states").map((s) => [String(s.id), s])),
    nation: feature(topology, topology.objects.nation).features[0]!,
    countyBorders: mesh(topology, topology.objects.counties, (a, b) => a !== b && sameState(a, b)),
    stateBorders: mesh(topology, topology.objects.states, (a, b) => a !== b),
  };
}
