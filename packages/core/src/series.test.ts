import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories.js";
import { monthStarts } from "./dates.js";
import { buildStatusModel } from "./model.js";
import { countsAt, seriesOf } from "./status.js";
import { dataset, event } from "./testing/fixtures.js";
import { fromWire, statusesAt, toWire } from "./timeline.js";

const m = buildStatusModel(
  dataset(
    ["01", "01001", "01003", "01005"],
    [
      event("01001", "2009-05-17", "activated"),
      event("01003", "2010-02-01", "activated"),
      event("01", "2010-06-01", "opt_out_requested"),
      event("01", "2012-03-03", "moa_signed"),
      event("01005", "2012-03-03", "activated"),
    ],
  ),
);

describe("categorySeries", () => {
  it("equals a status computation at every sample date (sweep vs direct)", () => {
    const dates = monthStarts("2008-01-01", "2013-12-31");
    for (const weight of ["count", "population"] as const) {
      const series = seriesOf(m, dates, "county", weight);
      dates.forEach((d, s) => {
        const direct = countsAt(m, d, "county", weight);
        for (const c of CATEGORIES) expect(series.values[c][s], `${c} on ${d}`).toBe(direct[c]);
      });
    }
  });
});

describe("timeline wire format", () => {
  it("round-trips to identical statuses", () => {
    const copy = fromWire(JSON.parse(JSON.stringify(toWire(m.timeline))));
    for (const d of ["2009-05-16", "2009-05-17", "2010-06-01", "2012-03-03"]) {
      expect([...statusesAt(copy, d)]).toEqual([...statusesAt(m.timeline, d)]);
    }
  });
});
