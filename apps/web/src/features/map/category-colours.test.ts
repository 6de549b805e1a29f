import { CATEGORIES } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { CATEGORY_STYLES } from "./category-colours.js";

/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB. */
const VISION: Record<string, number[]> = {
  typical: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function labAsSeen(hex: string, m: number[]): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  const [lr, lg, lb] = [0, 1, 2].map((i) => Math.min(1, Math.max(0, m[3 * i]! * r + m[3 * i + 1]! * g + m[3 * i + 2]! * b))) as [
    number,
    number,
    number,
  ];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047);
  const y = f(0.2126 * lr + 0.7152 * lg + 0.0722 * lb);
  const z = f((0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe("category colours", () => {
  it("has a style for every category", () => {
    expect(Object.keys(CATEGORY_STYLES).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each(Object.keys(VISION))("keeps every pair of fills apart (CIE76 >= 15) for %s vision", (vision) => {
    const fills = CATEGORIES.map((c) => labAsSeen(CATEGORY_STYLES[c].fill, VISION[vision]!));
    for (let i = 0; i < fills.length; i++) {
      for (let j = i + 1; j < fills.length; j++) {
        const [a, b] = [fills[i]!, fills[j]!];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(distance, `${CATEGORIES[i]} / ${CATEGORIES[j]}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it("hatches exactly the two objection categories", () => {
    const hatched = CATEGORIES.filter((c) => CATEGORY_STYLES[c].hatch !== null);
    expect(hatched).toEqual(["opt_out_pending", "over_objection"]);
  });
});
