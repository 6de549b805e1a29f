import { readFileSync } from "node:fs";
import type { MultiLineString } from "geojson";
import { mesh } from "topojson-client";
import { describe, expect, it } from "vitest";
import { buildAtlas, type AtlasTopology } from "./atlas.js";

const topology = JSON.parse(readFileSync(new URL("./counties-albers-simplified.json", import.meta.url), "utf8")) as AtlasTopology;
const atlas = buildAtlas(topology);

/** Every drawn segment, direction-free, as text: two meshes draw the same lines when these sets are equal. */
function segments(lines: MultiLineString): Set<string> {
  const out = new Set<string>();
  for (const line of lines.coordinates)
    for (let i = 1; i < line.length; i++) out.add([String(line[i - 1]), String(line[i])].sort().join(" "));
  return out;
}

const sameState = (a: { id?: string | number }, b: { id?: string | number }) => String(a.id).slice(0, 2) === String(b.id).slice(0, 2);

describe("the atlas' stored border meshes", () => {
  it("draw exactly the county lines inside states that topojson's mesh finds", () => {
    const expected = mesh(topology, topology.objects.counties, (a, b) => a !== b && sameState(a, b));
    const stored = segments(atlas.countyBorders);
    expect(stored.size).toBeGreaterThan(10_000);
    expect(stored).toEqual(segments(expected));
  });

  it("draw exactly the state lines that topojson's mesh finds", () => {
    const expected = mesh(topology, topology.objects.states, (a, b) => a !== b);
    const stored = segments(atlas.stateBorders);
    expect(stored.size).toBeGreaterThan(1_000);
    expect(stored).toEqual(segments(expected));
  });
});
