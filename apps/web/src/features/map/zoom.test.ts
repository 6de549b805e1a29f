import { describe, expect, it } from "vitest";
import { clampZoom, IDENTITY, mapPointAt, normalizeZoom, panBy, relativeZoom, zoomAround, zoomStep, ZOOM_MAX } from "./zoom.js";

describe("zoomAround", () => {
  it("keeps the map point under the cursor in place", () => {
    const at: [number, number] = [300, 200];
    const before = mapPointAt(IDENTITY, at);
    const zoomed = zoomAround(IDENTITY, 3, at);
    expect(zoomed.k).toBe(3);
    expect(mapPointAt(zoomed, at)[0]).toBeCloseTo(before[0]);
    expect(mapPointAt(zoomed, at)[1]).toBeCloseTo(before[1]);
  });
  it("stops at the bounds", () => {
    expect(zoomAround(IDENTITY, 1000, [10, 10]).k).toBe(ZOOM_MAX);
    expect(zoomAround({ k: 2, x: -100, y: -50 }, 0.1, [10, 10])).toEqual(IDENTITY);
  });
});

describe("zoomStep", () => {
  it("doubles and halves about the centre", () => {
    const inOnce = zoomStep(IDENTITY, 1);
    expect(inOnce).toEqual({ k: 2, x: -487.5, y: -305 });
    expect(zoomStep(inOnce, -1)).toEqual(IDENTITY);
  });
  it("brings a focus point (the pinned county) to the centre when zooming in", () => {
    const focus: [number, number] = [600, 200];
    const zoomed = zoomStep(IDENTITY, 1, focus);
    expect(zoomed.k).toBe(2);
    const [x, y] = mapPointAt(zoomed, [975 / 2, 610 / 2]);
    expect(x).toBeCloseTo(600);
    expect(y).toBeCloseTo(200);
    // Zooming out ignores the focus: it always widens about the centre.
    expect(zoomStep(zoomed, -1, focus)).toEqual(zoomStep(zoomed, -1));
  });
});

describe("panBy and clampZoom", () => {
  it("moves the map but never past its edges", () => {
    expect(panBy({ k: 2, x: -400, y: -300 }, 50, -20)).toEqual({ k: 2, x: -350, y: -320 });
    expect(panBy({ k: 2, x: -400, y: -300 }, 1000, -1000)).toEqual({ k: 2, x: 0, y: -610 });
    expect(clampZoom({ k: 0.5, x: 20, y: 20 })).toEqual(IDENTITY);
  });
});

describe("normalizeZoom", () => {
  it("drops the whole-country zoom and rounds the rest", () => {
    expect(normalizeZoom(IDENTITY)).toBeNull();
    expect(normalizeZoom({ k: 2.3333, x: -100.123, y: -50.456 })).toEqual({ k: 2.33, x: -100.12, y: -50.46 });
  });
});

describe("relativeZoom", () => {
  it("composes back to the shown zoom", () => {
    const drawn = { k: 2, x: -300, y: -100 };
    const shown = { k: 5, x: -1200, y: -700 };
    const r = relativeZoom(shown, drawn);
    // a map point p: drawn at 2p + t_d, then r applied, must land at 5p + t_s
    const p = [123, 45] as const;
    const onDrawn = [drawn.k * p[0] + drawn.x, drawn.k * p[1] + drawn.y];
    expect(r.k * onDrawn[0]! + r.x).toBeCloseTo(shown.k * p[0] + shown.x);
    expect(r.k * onDrawn[1]! + r.y).toBeCloseTo(shown.k * p[1] + shown.y);
    expect(relativeZoom(drawn, drawn)).toEqual(IDENTITY);
  });
});
