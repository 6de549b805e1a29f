import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { emptyFields, fieldsOfEvent, previewEventOf, rowOf, sourceUrlProblems, spanishOf, type EventFields } from "./event-fields.js";

/** A test fixture, not a fact: a county's opt-out request. */
const fixture: EventFields = {
  ...emptyFields(),
  jurisdictionIds: ["48201"],
  stateCode: "TX",
  placeName: "Harris County",
  placeLevel: "county",
  type: "opt_out_requested",
  date: " 2011-06-01 ",
  actor: " Fixture commissioners ",
  summary: "A fixture summary.",
  summaryEs: "  ",
  sources: [{ title: "Fixture source", publisher: "Example News", date: "", url: "https://example.org/a" }],
};

describe("event fields", () => {
  it("write a county event as the events files' row, trimmed, empty texts as null", () => {
    expect(rowOf(fixture)).toEqual({
      date: "2011-06-01",
      date_precision: "day",
      jurisdiction: { name: "Harris County", level: "county", state: "TX", fips: "48201" },
      type: "opt_out_requested",
      actor: "Fixture commissioners",
      summary: "A fixture summary.",
      sources: [{ title: "Fixture source", publisher: "Example News", date: null, url: "https://example.org/a", found_at: null }],
      confidence: "high",
    });
    expect(spanishOf(fixture)).toEqual({ actorEs: null, summaryEs: null });
  });

  it("write a city on one county with its county_fips, and New York City's five counties by its name alone", () => {
    expect(rowOf({ ...fixture, placeLevel: "city", placeName: "Houston" }).jurisdiction).toEqual({
      name: "Houston",
      level: "city",
      state: "TX",
      fips: null,
      county_fips: "48201",
    });
    const nyc = {
      ...fixture,
      placeLevel: "city" as const,
      placeName: "New York City",
      stateCode: "NY",
      jurisdictionIds: ["36005", "36047", "36061", "36081", "36085"],
    };
    expect(rowOf(nyc).jurisdiction).toEqual({ name: "New York City", level: "city", state: "NY", fips: null, county_fips: null });
    expect(rowOf({ ...fixture, placeLevel: "federal", placeName: "DHS", jurisdictionIds: ["US"], stateCode: null }).jurisdiction).toEqual({
      name: "DHS",
      level: "federal",
      state: null,
      fips: null,
    });
  });

  it("read an event back into the same fields", () => {
    const event = previewEventOf(fixture, "cur-fixture") as Event;
    const back = fieldsOfEvent(event, (fips) => (fips === "48" ? "TX" : null));
    expect(rowOf(back)).toEqual(rowOf(fixture));
  });

  it("have no preview without a jurisdiction, a type and a whole date", () => {
    expect(previewEventOf({ ...fixture, jurisdictionIds: [] }, "x")).toBeNull();
    expect(previewEventOf({ ...fixture, type: "" }, "x")).toBeNull();
    expect(previewEventOf({ ...fixture, date: "2011-06" }, "x")).toBeNull();
    expect(previewEventOf(fixture, "x")?.date).toBe("2011-06-01");
  });

  it("name each source whose address is not http(s)", () => {
    const sources = [
      fixture.sources[0]!,
      { ...fixture.sources[0]!, url: "ftp://example.org" },
      { ...fixture.sources[0]!, url: "" },
      { ...fixture.sources[0]!, url: "javascript:alert(1)" },
    ];
    expect(sourceUrlProblems({ ...fixture, sources })).toEqual([{ index: 1 }, { index: 3 }]);
  });
});
