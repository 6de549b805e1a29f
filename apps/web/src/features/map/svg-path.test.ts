import { describe, expect, it } from "vitest";
import { svgPath } from "./svg-path.js";

describe("svgPath", () => {
  it("draws each line of a MultiLineString open, rounded to hundredths", () => {
    const d = svgPath({
      type: "MultiLineString",
      coordinates: [
        [
          [1, 2],
          [3.14259, 4.005001],
        ],
        [[5, 6]],
      ],
    });
    expect(d).toBe("M1,2L3.14,4.01M5,6");
  });

  it("closes every ring of a polygon and of each polygon of a MultiPolygon", () => {
    const square: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 0],
    ];
    expect(svgPath({ type: "Polygon", coordinates: [square] })).toBe("M0,0L2,0L2,2L0,0Z");
    expect(svgPath({ type: "MultiPolygon", coordinates: [[square], [square.map(([x, y]) => [x + 10, y] as [number, number])]] })).toBe(
      "M0,0L2,0L2,2L0,0ZM10,0L12,0L12,2L10,0Z",
    );
  });
});
