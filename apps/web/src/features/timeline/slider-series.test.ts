import { describe, expect, it } from "vitest";
import { stepMonth, yearTicks } from "./slider-series.js";

describe("stepMonth", () => {
  it("goes to the first of the next month", () => {
    expect(stepMonth("2011-07-15", 1)).toBe("2011-08-01");
    expect(stepMonth("2011-12-01", 1)).toBe("2012-01-01");
  });
  it("goes back to the first of this month, or of the previous one from a first", () => {
    expect(stepMonth("2011-07-15", -1)).toBe("2011-07-01");
    expect(stepMonth("2011-01-01", -1)).toBe("2010-12-01");
  });
});

describe("yearTicks", () => {
  it("places each January 1st along the range", () => {
    const ticks = yearTicks("2008-01-01", "2010-01-01");
    expect(ticks.map((t) => t.year)).toEqual([2008, 2009, 2010]);
    expect(ticks[0]!.offset).toBe(0);
    expect(ticks[1]!.offset).toBeCloseTo(366 / 731);
    expect(ticks[2]!.offset).toBe(1);
  });
  it("labels every other year when crowded", () => {
    const ticks = yearTicks("2008-01-01", "2026-05-01", 10);
    expect(ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
  });
});
