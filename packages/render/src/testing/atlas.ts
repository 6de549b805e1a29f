import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mapGeometryFromTopology, type AtlasTopology, type MapGeometry } from "../geometry.js";

let geometry: MapGeometry | undefined;

/** The real us-atlas geometry, for tests (this package itself never reads files). */
export function atlasGeometry(): MapGeometry {
  const require = createRequire(import.meta.url);
  geometry ??= mapGeometryFromTopology(
    JSON.parse(readFileSync(require.resolve("us-atlas/counties-albers-10m.json"), "utf8")) as AtlasTopology,
  );
  return geometry;
}
