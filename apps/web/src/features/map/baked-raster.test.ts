import { describe, expect, it } from "vitest";
import { sampleBaked, SEA } from "./id-raster.js";

// A 4 x 2 baked raster: sea, county 0, county 1, county 2 on top; county 3 across the bottom but the sea at its end.
const baked = { width: 4, height: 2, ids: Uint16Array.from([0, 1, 2, 3, 4, 4, 4, 0]) };

describe("sampleBaked", () => {
  it("keeps every pixel at the baked size, with the sea as SEA and index + 1 as the index", () => {
    expect([...sampleBaked(baked, 4, 2)]).toEqual([SEA, 0, 1, 2, 3, 3, 3, SEA]);
  });

  it("takes the baked pixel under each pixel's centre when smaller", () => {
    // Centres of 2 x 1 pixels fall on baked (1, 1) and (3, 1): x = (0.5 * 4) / 2 = 1 and (1.5 * 4) / 2 = 3; y = 1.
    expect([...sampleBaked(baked, 2, 1)]).toEqual([3, SEA]);
  });

  it("repeats baked pixels when larger", () => {
    expect([...sampleBaked(baked, 8, 2)]).toEqual([SEA, SEA, 0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, SEA, SEA]);
  });
});
