import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** State FIPS codes of the territories that us-atlas draws but the dataset leaves out. */
const TERRITORY_FIPS = new Set(["60", "66", "69", "72", "78"]);

interface CountyTopology {
  objects: { counties: { geometries: { id: string }[] } };
}

let countyFips: Set<string> | undefined;

/**
 * The 3,142 county FIPS codes of the 50 states and DC in us-atlas@3.0.1 `counties-10m.json`
 * (2017 Census geography): the list every county in the dataset is checked against.
 */
export function countyFipsFromAtlas(): Set<string> {
  if (!countyFips) {
    const path = createRequire(import.meta.url).resolve("us-atlas/counties-10m.json");
    const topology = JSON.parse(readFileSync(path, "utf8")) as CountyTopology;
    const ids = topology.objects.counties.geometries.map((g) => g.id);
    countyFips = new Set(ids.filter((id) => !TERRITORY_FIPS.has(id.slice(0, 2))));
  }
  return new Set(countyFips);
}
