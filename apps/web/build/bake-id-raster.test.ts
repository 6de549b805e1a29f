import { readFileSync } from "node:fs";
import { geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { bakeIdRaster } from "./bake-id-raster.js";

const topology = JSON.parse(
  readFileSync(new URL("../src/features/map/counties-albers-simplified.json", import.meta.url), "utf8"),
) as Topology<{
  counties: GeometryCollection;
}>;
const counties = feature(topology, topology.objects.counties).features as Feature<Polygon | MultiPolygon>[];
const baked = bakeIdRaster(topology, 975, 610, 975);
const at = (x: number, y: number) => baked.ids[Math.floor(y) * baked.width + Math.floor(x)]!;

describe("bakeIdRaster", () => {
  it("is one pixel a map unit, and counts every county", () => {
    expect([baked.width, baked.height, baked.count]).toEqual([975, 610, counties.length]);
  });

  it("holds, at a large county's centroid, that county's atlas index + 1", () => {
    const path = geoPath();
    for (const fips of ["17031", "06037", "04013", "48201"]) {
      const k = counties.findIndex((c) => c.id === fips);
      const [x, y] = path.centroid(counties[k]!);
      expect(at(x, y), fips).toBe(k + 1);
    }
  });

  it("leaves the sea 0: the frame's corners and the Gulf of Mexico", () => {
    expect([at(1, 1), at(973, 1), at(973, 608), at(600, 570)]).toEqual([0, 0, 0, 0]);
  });

  it("gives nearly every county pixels of its own", () => {
    const seen = new Set(baked.ids);
    seen.delete(0);
    expect(seen.size).toBeGreaterThan(3050);
    expect(Math.max(...seen)).toBeLessThanOrEqual(counties.length);
  });
});
