import type { Event, LastActivation } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { eraBands, milestoneSeries } from "./milestone-series.js";

const RANGE = { start: "2008-01-01", end: "2026-03-15" };
const source = (url: string) => ({ title: url, publisher: "p", date: null, url, foundAt: null });

function federal(id: string, type: Event["type"], date: string, precision: Event["datePrecision"] = "day"): Event {
  return {
    id,
    jurisdictionIds: ["US"],
    placeName: "United States",
    placeLevel: "federal",
    date,
    datePrecision: precision,
    type,
    actor: "DHS",
    summary: `${type} summary`,
    sources: [source(`https://example.org/${id}`)],
    confidence: "high",
  };
}

const FEDERAL = [
  federal("sc-001", "program_launched", "2008-03-01", "month"),
  federal("sc-015", "other", "2010-08-10"),
  federal("sc-021", "program_mandatory_memo", "2010-10-02"),
  federal("sc-041", "moa_voided_by_dhs", "2011-08-05"),
  federal("sc-063", "program_reinstated", "2017-01-25"),
  federal("sc-061", "program_ended", "2014-11-20"),
];

const LAST: LastActivation = { date: "2013-01-22", datePrecision: "day", counties: 2, sources: [source("https://roster")] };

describe("milestoneSeries", () => {
  const milestones = milestoneSeries(FEDERAL, LAST, RANGE);

  it("marks the federal turning points and the last activation day, in date order", () => {
    expect(milestones.map((m) => [m.kind, m.date])).toEqual([
      ["program_launched", "2008-03-01"],
      ["program_mandatory_memo", "2010-10-02"],
      ["moa_voided_by_dhs", "2011-08-05"],
      ["last_activation", "2013-01-22"],
      ["program_ended", "2014-11-20"],
      ["program_reinstated", "2017-01-25"],
    ]);
  });

  it("keeps each event's precision, summary and sources", () => {
    expect(milestones[0]).toMatchObject({
      precision: "month",
      summary: "program_launched summary",
      sources: [source("https://example.org/sc-001")],
    });
  });

  it("marks the last day with its count of counties and its sources", () => {
    expect(milestones[3]).toMatchObject({ summary: null, count: 2, sources: [source("https://roster")] });
  });

  it("places each along the slider", () => {
    expect(milestones[0]!.offset).toBeCloseTo(60 / 6648, 4);
    expect(milestoneSeries(FEDERAL, null, { start: "2012-01-01", end: "2015-01-01" }).map((m) => m.kind)).toEqual(["program_ended"]);
  });
});

describe("eraBands", () => {
  it("draws PEP from its start to the restoration", () => {
    const [band] = eraBands(FEDERAL, RANGE);
    expect(band).toMatchObject({ era: "pep", from: "2014-11-20", to: "2017-01-25" });
    expect(band!.end - band!.start).toBeCloseTo(797 / 6648, 4);
  });
  it("runs to the slider's end when the program was not restored", () => {
    expect(
      eraBands(
        FEDERAL.filter((e) => e.type !== "program_reinstated"),
        RANGE,
      )[0],
    ).toMatchObject({
      to: "2026-03-15",
      end: 1,
    });
  });
});
