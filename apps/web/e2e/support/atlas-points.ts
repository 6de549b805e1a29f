import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoPath } from "d3-geo";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";

/** Width of us-atlas' pre-projected Albers box, the map's viewBox. */
export const ATLAS_WIDTH = 975;

type CountyTopology = Topology<{ counties: GeometryCollection<{ name: string }> }>;
let topology: CountyTopology | undefined;

function counties(): CountyTopology {
  topology ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("us-atlas/counties-albers-10m.json"), "utf8"),
  ) as CountyTopology;
  return topology;
}

/** A county's centroid in map units (the map's viewBox), from the same geometry the app draws. */
export function countyCentroid(fips: string): [number, number] {
  const geometry = counties().objects.counties.geometries.find((g) => g.id === fips);
  if (!geometry) throw new Error(`no county ${fips} in the atlas`);
  return geoPath().centroid(feature(counties(), geometry));
}

/** County FIPS in the order the map draws them. */
export function atlasCountyIds(): string[] {
  return counties().objects.counties.geometries.map((g) => String(g.id));
}
