/**
 * Writes the map's geometry: us-atlas' pre-projected counties (Albers USA, 975x610) simplified with
 * topology kept (shared borders stay shared) and re-quantized, about a third lighter over the wire.
 *
 * Run after changing us-atlas or the settings: `pnpm --filter @scomm/web atlas:simplify`. The output is
 * committed; `checkAtlas` refuses a result that lost a county, or a Hawaiian island.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { geoPath } from "d3-geo";
import { feature, meshArcs, quantize } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Share of the triangle areas (Visvalingam weights) below which a point is dropped. */
const QUANTILE = 0.5;
/** Grid of the re-quantized coordinates (per axis). */
const QUANTIZE = 1e4;
/** Counties smaller than this (map units squared; Virginia's independent cities) keep every point. */
const SMALL_COUNTY = 4;
/** Hawaii's counties (Hawaii, Honolulu, Kauai, Maui): each of their islands must keep most of its area. */
const HAWAII = ["15001", "15003", "15007", "15009"];
const KEPT_AREA = 0.8;

export const SIMPLIFIED_ATLAS = fileURLToPath(new URL("../src/features/map/counties-albers-simplified.json", import.meta.url));

type Counties = Topology<{ counties: GeometryCollection; states: GeometryCollection; nation: GeometryCollection }>;

/** County FIPS begin with their state's two digits. */
const sameState = (a: { id?: string | number }, b: { id?: string | number }) => String(a.id).slice(0, 2) === String(b.id).slice(0, 2);

/** Sorted, distinct arc indexes as differences from the previous one (the first from 0): about 1 KB gzip a mesh. */
export function arcDeltas(mesh: { arcs: number[][] }): number[] {
  const arcs = [...new Set(mesh.arcs.flat().map((arc) => (arc < 0 ? ~arc : arc)))].sort((a, b) => a - b);
  return arcs.map((arc, i) => arc - (arcs[i - 1] ?? 0));
}

/**
 * The arcs of the two border meshes the map draws (county lines inside a state, state lines), found once here
 * and stored in the topology's `borders` member: the browser then decodes them instead of searching and
 * stitching 9,000 arcs before its first frame.
 */
function withBorders(topology: Counties) {
  const county = meshArcs(topology, topology.objects.counties, (a, b) => a !== b && sameState(a, b));
  const state = meshArcs(topology, topology.objects.states, (a, b) => a !== b);
  return { ...topology, borders: { county: arcDeltas(county), state: arcDeltas(state) } };
}

/** The area (map units squared) of each island (polygon) of a county. */
function islandAreas(topology: Counties, id: string): number[] {
  const county = feature(topology, topology.objects.counties).features.find((f) => f.id === id);
  const geometry = county?.geometry as Polygon | MultiPolygon | undefined;
  if (!geometry) return [];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((coordinates) => geoPath().area({ type: "Polygon", coordinates }));
}

/** Throws unless every county keeps its shape (an area, if it had one) and every Hawaiian island most of its own. */
export function checkAtlas(original: Counties, simplified: Counties): void {
  const path = geoPath();
  const before = feature(original, original.objects.counties).features;
  const after = feature(simplified, simplified.objects.counties).features;
  // Three Virginia cities (Falls Church, Lexington, Manassas Park) have no area in us-atlas itself.
  const lost = after.filter((f, i) => (f.geometry === null || path.area(f) <= 0) && path.area(before[i]!) > 0).map((f) => f.id);
  if (after.length !== before.length || lost.length > 0)
    throw new Error(`simplifying lost counties: ${after.length} of ${before.length} kept, emptied: ${lost.join(", ")}`);
  for (const id of HAWAII) {
    const [before, after] = [islandAreas(original, id), islandAreas(simplified, id)];
    if (before.length !== after.length || before.some((area, i) => after[i]! < area * KEPT_AREA))
      throw new Error(`county ${id} lost an island: ${before.map((a) => a.toFixed(1))} -> ${after.map((a) => a.toFixed(1))}`);
  }
}

/** Weight the points of every arc of a small county as never removable, so simplifying cannot erase it. */
function protectSmallCounties(original: Counties, weighted: Counties): number {
  const path = geoPath();
  const arcs = new Set<number>();
  const counties = feature(original, original.objects.counties).features;
  original.objects.counties.geometries.forEach((geometry, i) => {
    if (path.area(counties[i]!) >= SMALL_COUNTY) return;
    const rings = geometry.type === "Polygon" ? geometry.arcs : geometry.type === "MultiPolygon" ? geometry.arcs.flat() : [];
    for (const ring of rings) for (const arc of ring) arcs.add(arc < 0 ? ~arc : arc);
  });
  for (const arc of arcs) for (const point of weighted.arcs[arc]!) point[2] = Infinity;
  return arcs.size;
}

function main(): void {
  const source = createRequire(import.meta.url).resolve("us-atlas/counties-albers-10m.json");
  const raw = readFileSync(source, "utf8");
  const original = JSON.parse(raw) as Counties;
  const weighted = presimplify(JSON.parse(raw) as Counties);
  protectSmallCounties(original, weighted);
  const simplified = quantize(simplify(weighted, quantile(weighted, QUANTILE)), QUANTIZE) as Counties;
  checkAtlas(original, simplified);
  const text = JSON.stringify(withBorders(simplified));
  writeFileSync(SIMPLIFIED_ATLAS, text);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`us-atlas counties: ${kb(raw.length)} raw, ${kb(gzipSync(raw).length)} gzip`);
  console.log(
    `simplified (quantile ${QUANTILE}, quantize ${QUANTIZE}): ${kb(text.length)} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
