import { CATEGORIES, type Category, type CategorySeries } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { stackedChart } from "./state-chart-series.js";

function series(values: Partial<Record<Category, number[]>>): CategorySeries {
  const zeros = Object.fromEntries(CATEGORIES.map((c) => [c, [0, 0, 0]])) as Record<Category, number[]>;
  return { dates: ["2010-01-01", "2011-01-01", "2012-01-01"], values: { ...zeros, ...values } };
}

describe("stackedChart", () => {
  const size = { width: 110, height: 60, left: 10, bottom: 10 };

  it("stacks activated counties at the base and the rest above, to the state's total", () => {
    const chart = stackedChart(series({ activated: [0, 2, 4], not_activated: [4, 2, 0] }), 4, size);
    expect(chart.areas.map((a) => a.category)).toEqual(["activated", "not_activated"]);
    expect(chart.areas[0]!.d).toBe("M10,50L60,25L110,0L110,50L60,50L10,50Z");
    expect(chart.areas[1]!.d).toBe("M10,0L60,0L110,0L110,0L60,25L10,50Z");
  });

  it("places January 1st of each year on the axis", () => {
    const chart = stackedChart(series({ activated: [1, 1, 1] }), 1, size);
    expect(chart.years.map((y) => [y.year, Math.round(y.x)])).toEqual([
      [2010, 10],
      [2011, 60],
      [2012, 110],
    ]);
  });
});
