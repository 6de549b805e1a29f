/// <reference types="node" />
import { buildStatusModel, categorySeries, CATEGORIES, indexesOf, monthStarts, pepSpan, type CategorySeries } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { keyMoments, peakOf } from "./key-moments.js";
import { rowIndexAt, stackTotal, trendRows, valueTicks, yearTicks } from "./trends-series.js";

const zeros = () => [0, 0, 0];
const small: CategorySeries = {
  dates: ["2010-12-01", "2011-01-01", "2011-02-01"],
  values: {
    not_activated: [3, 1, 0],
    opt_out_pending: [1, 2, 0],
    over_objection: [0, 1, 3],
    mandates: zeros(),
    limits: [0, 0, 1],
    activated: zeros(),
  },
};

describe("trendRows", () => {
  it("keeps counts as they are, one row per sample date with its day number", () => {
    const rows = trendRows(small, "count");
    expect(rows.map((r) => r.date)).toEqual(small.dates);
    expect(rows[1]).toMatchObject({ day: 14975, not_activated: 1, opt_out_pending: 2, over_objection: 1 });
  });
  it("turns values into shares of each date's total", () => {
    const rows = trendRows(small, "share");
    expect(rows[0]!.not_activated).toBe(0.75);
    rows.forEach((r) => expect(CATEGORIES.reduce((sum, c) => sum + r[c], 0)).toBeCloseTo(1));
  });
  it("finds the cursor row and the year ticks", () => {
    const rows = trendRows(small, "count");
    expect(rowIndexAt(rows, "2011-01-31")).toBe(1);
    expect(rowIndexAt(rows, "2001-01-01")).toBe(0);
    expect(yearTicks(rows)).toEqual([14975]);
  });
  it("measures the stack and puts round ticks under it", () => {
    expect(stackTotal(trendRows(small, "count"))).toBe(4);
    expect(stackTotal(trendRows(small, "share"))).toBeCloseTo(1);
    expect(valueTicks(3142)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(valueTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueTicks(62)).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });
});

describe("keyMoments", () => {
  it("names the peaks, the first month with everybody switched on and the latest row", () => {
    const moments = keyMoments(trendRows(small, "count"));
    expect(moments.peakOptOut).toEqual({ date: "2011-01-01", value: 2 });
    expect(moments.allSwitchedOn).toBe("2011-02-01");
    expect(moments.firstMandates).toBeNull();
    expect(moments.latest?.date).toBe("2011-02-01");
    expect(peakOf(trendRows(small, "count"), "mandates")).toBeNull();
  });
});

describe("the real dataset", () => {
  const dataset = loadDataset();
  const model = buildStatusModel(dataset);
  const dates = monthStarts("2008-01-01", "2026-01-01");
  const rows = trendRows(categorySeries(model.timeline, { indexes: indexesOf(model.timeline, "county"), dates }), "count");

  it("has every county switched on by February 2013 and New York's counties pending in mid-2011", () => {
    const moments = keyMoments(rows);
    expect(moments.allSwitchedOn).toBe("2013-02-01");
    expect(moments.peakOptOut!.value).toBeGreaterThanOrEqual(62);
    expect(moments.peakOptOut!.date >= "2011-06-01" && moments.peakOptOut!.date < "2012-12-01").toBe(true);
  });
  it("marks PEP from 2014-11-20 to 2017-01-25", () => {
    const federal = dataset.events.filter((e) => e.jurisdictionIds.includes("US"));
    expect(pepSpan(federal, dates.at(-1)!)).toEqual({ from: "2014-11-20", to: "2017-01-25" });
  });
});
