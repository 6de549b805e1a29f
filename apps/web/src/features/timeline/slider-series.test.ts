import { describe, expect, it } from "vitest";
import { addYears, sliderKeyAction, stepMonth, yearTicks } from "./slider-series.js";

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

describe("addYears", () => {
  it("keeps the day, and turns February 29 into the 28th in a common year", () => {
    expect(addYears("2011-07-15", 1)).toBe("2012-07-15");
    expect(addYears("2012-02-29", -1)).toBe("2011-02-28");
    expect(addYears("2012-02-29", 4)).toBe("2016-02-29");
  });
});

describe("sliderKeyAction", () => {
  const act = (key: string, date = "2011-07-15") => sliderKeyAction(key, date, "2008-01-01", "2026-03-15");
  it("moves a day, a month or a year, and jumps to the ends", () => {
    expect(act("ArrowRight")).toEqual({ date: "2011-07-16" });
    expect(act("ArrowLeft")).toEqual({ date: "2011-07-14" });
    expect(act("ArrowUp")).toEqual({ date: "2011-08-01" });
    expect(act("ArrowDown")).toEqual({ date: "2011-07-01" });
    expect(act("PageUp")).toEqual({ date: "2012-07-15" });
    expect(act("PageDown")).toEqual({ date: "2010-07-15" });
    expect(act("Home")).toEqual({ date: "2008-01-01" });
    expect(act("End")).toEqual({ date: "2026-03-15" });
  });
  it("stays inside the range", () => {
    expect(act("PageDown", "2008-06-01")).toEqual({ date: "2008-01-01" });
    expect(act("PageUp", "2025-12-01")).toEqual({ date: "2026-03-15" });
  });
  it("plays or pauses on Space and leaves other keys alone", () => {
    expect(act(" ")).toEqual({ togglePlay: true });
    expect(act("Tab")).toBeNull();
    expect(act("a")).toBeNull();
  });
});
