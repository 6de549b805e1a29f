import { describe, expect, it } from "vitest";
import { editDistance, prefixEditDistance } from "./edit-distance.js";

/** The plain full table, unbounded: what the banded version must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** A small deterministic generator, so a failure names its strings. */
function randomWords(count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 9) }, () => "abc "[Math.floor(next() * 4)]).join(""));
}

describe("editDistance", () => {
  it("counts substitutions, insertions, deletions and swaps of neighbours", () => {
    expect(editDistance("arlington", "arlington", 2)).toBe(0);
    expect(editDistance("arlingotn", "arlington", 2)).toBe(1);
    expect(editDistance("arlingtn", "arlington", 2)).toBe(1);
    expect(editDistance("santa clarra", "santa clara", 2)).toBe(1);
    expect(editDistance("cook", "cork", 2)).toBe(1);
    expect(editDistance("ca", "abc", 3)).toBe(3);
  });

  it("stops at max + 1", () => {
    expect(editDistance("washington", "arlington", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("agrees with the full table whenever the distance is within the bound", () => {
    const words = randomWords(40);
    for (const a of words) {
      for (const b of words) {
        const full = reference(a, b);
        for (const max of [0, 1, 2, 3]) {
          expect(editDistance(a, b, max), `${a}|${b}|${max}`).toBe(Math.min(full, max + 1));
        }
      }
    }
  });
});

describe("prefixEditDistance", () => {
  it("measures the query against the best prefix of the name", () => {
    expect(prefixEditDistance("santa cl", "santa clara county", 1)).toBe(0);
    expect(prefixEditDistance("santa clr", "santa clara county", 2)).toBe(1);
    expect(prefixEditDistance("arlingotn", "arlington county", 2)).toBe(1);
    expect(prefixEditDistance("zzzzqqq", "santa clara county", 2)).toBe(3);
  });

  it("is the smallest full distance to any prefix", () => {
    const words = randomWords(40);
    for (const a of words) {
      for (const b of words) {
        const best = Math.min(...Array.from({ length: b.length + 1 }, (_, k) => reference(a, b.slice(0, k))));
        expect(prefixEditDistance(a, b, 2), `${a}|${b}`).toBe(Math.min(best, 3));
      }
    }
  });
});
