import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAtlas } from "../map/atlas.js";
import { locatorOf } from "./locator-series.js";

// The geometry the app loads (us-atlas simplified, with its border meshes).
const topology = JSON.parse(readFileSync(new URL("../map/counties-albers-simplified.json", import.meta.url), "utf8"));
const atlas = buildAtlas(topology);

describe("locatorOf", () => {
  it("frames a county within its state and rings it when it is too small to see", () => {
    const arlington = locatorOf(atlas, "51013")!;
    expect(arlington.highlight).toMatch(/^M/);
    expect(arlington.ring).not.toBeNull();
    const [x, y, w, h] = arlington.viewBox.split(" ").map(Number) as [number, number, number, number];
    expect(arlington.ring!.cx).toBeGreaterThan(x);
    expect(arlington.ring!.cx).toBeLessThan(x + w);
    expect(arlington.ring!.cy).toBeGreaterThan(y);
    expect(arlington.ring!.cy).toBeLessThan(y + h);
    expect(w).toBeLessThan(975 / 3);
    expect(locatorOf(atlas, "06037")!.ring).toBeNull();
  });

  it("shows a state within the whole country, and nothing for an id the atlas lacks", () => {
    const newYork = locatorOf(atlas, "36")!;
    expect(newYork.viewBox).toBe("0 0 975 610");
    expect(newYork.highlight).toBe(newYork.outline);
    expect(locatorOf(atlas, "99")).toBeNull();
    expect(locatorOf(atlas, "51999")).toBeNull();
  });
});
