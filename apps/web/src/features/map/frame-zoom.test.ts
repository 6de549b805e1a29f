import { readFileSync } from "node:fs";
import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import type { MapZoom } from "../../lib/view-state.js";
import { buildAtlas, MAP_HEIGHT, MAP_WIDTH } from "./atlas.js";
import { jurisdictionZoom } from "./frame-zoom.js";
import { ZOOM_MAX } from "./zoom.js";

const atlas = buildAtlas(JSON.parse(readFileSync(new URL("./counties-albers-simplified.json", import.meta.url), "utf8")));
const path = geoPath();

/** Where a shape's bounding box lands in the frame at a zoom. */
function shownBox(zoom: MapZoom, id: string): [number, number, number, number] {
  const shape = id.length === 2 ? atlas.states.get(id)! : atlas.counties.find((c) => String(c.id) === id)!;
  const [[x0, y0], [x1, y1]] = path.bounds(shape);
  return [zoom.k * x0 + zoom.x, zoom.k * y0 + zoom.y, zoom.k * x1 + zoom.x, zoom.k * y1 + zoom.y];
}

const inFrame = ([x0, y0, x1, y1]: number[]) => x0! >= 0 && y0! >= 0 && x1! <= MAP_WIDTH && y1! <= MAP_HEIGHT;

describe("jurisdictionZoom", () => {
  it("frames a state in the middle of the map, inside the zoom limits", () => {
    const zoom = jurisdictionZoom(atlas, "36")!;
    expect(zoom.k).toBeGreaterThan(3);
    expect(zoom.k).toBeLessThanOrEqual(ZOOM_MAX);
    // New York's middle lands near the frame's middle (clamping may move it a little).
    const [cx, cy] = [(790 + 880) / 2, (130 + 230) / 2];
    expect(Math.abs(zoom.k * cx + zoom.x - MAP_WIDTH / 2)).toBeLessThan(MAP_WIDTH / 4);
    expect(Math.abs(zoom.k * cy + zoom.y - MAP_HEIGHT / 2)).toBeLessThan(MAP_HEIGHT / 4);
    expect(inFrame(shownBox(zoom, "36"))).toBe(true);
  });

  it("frames a large county whole, with room for its neighbours", () => {
    const zoom = jurisdictionZoom(atlas, "06071")!; // San Bernardino County, CA
    const [x0, y0, x1, y1] = shownBox(zoom, "06071");
    expect(inFrame([x0, y0, x1, y1])).toBe(true);
    expect(Math.max((x1 - x0) / MAP_WIDTH, (y1 - y0) / MAP_HEIGHT)).toBeLessThan(0.5);
  });

  it("zooms as close as it may on a small county (Kings County, NY) and centres it", () => {
    const zoom = jurisdictionZoom(atlas, "36047")!;
    expect(zoom.k).toBe(ZOOM_MAX);
    const [x0, y0, x1, y1] = shownBox(zoom, "36047");
    expect(Math.abs((x0 + x1) / 2 - MAP_WIDTH / 2)).toBeLessThan(1);
    expect(Math.abs((y0 + y1) / 2 - MAP_HEIGHT / 2)).toBeLessThan(1);
  });

  it("answers null for an id the atlas lacks", () => {
    expect(jurisdictionZoom(atlas, "99")).toBeNull();
    expect(jurisdictionZoom(atlas, "99999")).toBeNull();
  });
});
