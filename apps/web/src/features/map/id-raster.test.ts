import { describe, expect, it } from "vitest";
import { decodePixel, decodeRaster, fillGaps, MAX_SHAPES, paintPixels, rasterColour, rasterKeys, SEA, shapeAt, UNKNOWN } from "./id-raster.js";

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

describe("rasterKeys, shapeAt and paintPixels", () => {
  const ids = Int32Array.from([0, 0, 1, SEA, 0, 1, 1, SEA]); // 4 x 2
  const keys = rasterKeys(ids, 4, 2, 3, 1);

  it("marks the hatch stripe on the diagonals and the sea past the shapes", () => {
    // stripe where (x + y) % 3 < 1: (0,0), (3,0), (2,1)
    expect([...keys]).toEqual([1, 0, 2, 4, 0, 2, 3, 4]);
  });

  it("picks the shape under a point", () => {
    expect(shapeAt(keys, 4, 2, 2.5, 0.2)).toBe(1);
    expect(shapeAt(keys, 4, 2, 3, 1)).toBe(-1);
    expect(shapeAt(keys, 4, 2, -1, 0)).toBe(-1);
    expect(shapeAt(keys, 4, 2, 0, 2)).toBe(-1);
  });

  it("paints by lookup", () => {
    const out = new Uint32Array(8);
    paintPixels(keys, Uint32Array.from([10, 11, 20, 21, 0, 0]), out);
    expect([...out]).toEqual([11, 10, 20, 0, 10, 20, 21, 0]);
  });
});
