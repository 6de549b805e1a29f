import { describe, expect, it } from "vitest";
import {
  decodePixel,
  decodeRaster,
  fillGaps,
  MAX_SHAPES,
  paintPixels,
  rasterColour,
  rasterKeys,
  SEA,
  shapeUnderFinger,
  UNKNOWN,
} from "./id-raster.js";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe("raster colours", () => {
  it("decode back to their shape index", () => {
    for (let i = 0; i < 3142; i++) expect(decodePixel(...rgb(rasterColour(i)), 3142)).toBe(i);
  });

  it("reject almost every blend of two neighbours' colours", () => {
    let accepted = 0;
    let tried = 0;
    for (let i = 0; i < 3142; i += 7) {
      const a = rgb(rasterColour(i));
      const b = rgb(rasterColour((i * 31 + 5) % 3142));
      for (const t of [0.25, 0.5, 0.75]) {
        const mix = a.map((v, k) => Math.round(v * t + b[k]! * (1 - t))) as [number, number, number];
        tried++;
        if (decodePixel(...mix, 3142) !== UNKNOWN) accepted++;
      }
    }
    expect(accepted / tried).toBeLessThan(0.002);
  });

  it("refuses indexes that do not fit", () => {
    expect(() => rasterColour(MAX_SHAPES)).toThrow(RangeError);
  });
});

function pixels(codes: (string | null)[], alpha = 255): Uint8ClampedArray {
  return Uint8ClampedArray.from(codes.flatMap((c) => (c ? [...rgb(c), alpha] : [0, 0, 0, 0])));
}

describe("decodeRaster + fillGaps", () => {
  it("keeps decoded pixels, gives blended land pixels a neighbour, and leaves the sea", () => {
    const drawn = pixels([rasterColour(0), "#123456", "#654321", rasterColour(1), null]);
    const land = pixels(["#000000", "#000000", "#000000", "#000000", null]);
    const ids = decodeRaster(drawn, land, 2);
    expect([...ids]).toEqual([0, UNKNOWN, UNKNOWN, 1, SEA]);
    expect([...fillGaps(ids, 5, 1)]).toEqual([0, 0, 1, 1, SEA]);
  });

  it("treats land without any decoded pixel as sea", () => {
    expect([...fillGaps(Int32Array.from([UNKNOWN, SEA]), 2, 1)]).toEqual([SEA, SEA]);
  });
});

describe("rasterKeys, shapeUnderFinger and paintPixels", () => {
  const ids = Int32Array.from([0, 0, 1, SEA, 0, 1, 1, SEA]); // 4 x 2
  const keys = rasterKeys(ids, 4, 2, 3, 1);

  it("marks the hatch stripe on the diagonals and the sea past the shapes", () => {
    // stripe where (x + y) % 3 < 1: (0,0), (3,0), (2,1)
    expect([...keys]).toEqual([1, 0, 2, 4, 0, 2, 3, 4]);
  });

  it("picks the shape under a point", () => {
    expect(shapeUnderFinger(keys, 4, 2, 2.5, 0.2, 0)).toBe(1);
    expect(shapeUnderFinger(keys, 4, 2, 3, 1, 0)).toBe(-1);
    expect(shapeUnderFinger(keys, 4, 2, -1, 0, 0)).toBe(-1);
    expect(shapeUnderFinger(keys, 4, 2, 0, 2, 0)).toBe(-1);
  });

  it("gives a touch to the shape most under the finger, not the pixel at its centre", () => {
    // 7 x 5: shape 1 is one column (x = 2) through shape 0's land; sea on the right (x = 6).
    const row = [0, 0, 1, 0, 0, 0, SEA];
    const wide = rasterKeys(Int32Array.from([...row, ...row, ...row, ...row, ...row]), 7, 2, 1000, 0);
    // Radius 2 around (2, 2): 13 pixels; shape 1 holds the 5 in its column, shape 0 the other 8.
    expect(shapeUnderFinger(wide, 7, 2, 2, 2, 2)).toBe(0);
    // With no radius the finger is a point: the pixel under it.
    expect(shapeUnderFinger(wide, 7, 2, 2, 2, 0)).toBe(1);
    // Near the sea the land still wins; a disc of sea alone picks nothing.
    expect(shapeUnderFinger(wide, 7, 2, 6, 2, 1)).toBe(0);
    const sea = rasterKeys(Int32Array.from([SEA, SEA, SEA, SEA]), 2, 2, 1000, 0);
    expect(shapeUnderFinger(sea, 2, 2, 0, 0, 3)).toBe(-1);
  });

  it("paints by lookup", () => {
    const out = new Uint32Array(8);
    paintPixels(keys, Uint32Array.from([10, 11, 20, 21, 0, 0]), out);
    expect([...out]).toEqual([11, 10, 20, 0, 10, 20, 21, 0]);
  });
});
