import type { Event, EventType, Jurisdiction } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { previewOf } from "./preview-series.js";

/** Test fixtures, not facts: county 99001 of state 99 ("Zedland"). */
const county: Jurisdiction = {
  id: "99001",
  level: "county",
  name: "Fixture County",
  stateCode: "ZZ",
  stateFips: "99",
  stateName: "Zedland",
  population2010: 1000,
};
const fixtureEvent = (id: string, jurisdictionId: string, date: string, type: EventType): Event => ({
  id,
  jurisdictionIds: [jurisdictionId],
  placeName: "Fixture place",
  placeLevel: jurisdictionId.length === 2 ? "state" : "county",
  date,
  datePrecision: "day",
  type,
  actor: "Fixture actor",
  summary: "Fixture summary",
  sources: [{ title: "Fixture", publisher: "Fixture", date: null, url: "https://example.org/fixture", foundAt: null }],
  confidence: "high",
});
const activated = fixtureEvent("a", "99001", "2009-01-01", "activated");
const stateLimits = fixtureEvent("b", "99", "2012-01-01", "state_law_limits_cooperation");

describe("previewOf", () => {
  it("shows each date the county's colour changes with the edit, against the published record", () => {
    const optOut = fixtureEvent("new", "99001", "2010-06-01", "opt_out_requested");
    const preview = previewOf({ county, recorded: [activated, stateLimits, activated], draft: optOut });
    expect(preview.rows).toEqual([
      { date: "2009-01-01", category: "activated", was: "activated", changed: false },
      { date: "2010-06-01", category: "over_objection", was: "activated", changed: true },
      // The state's limit no longer shows: the county's standing objection outranks it.
      { date: "2012-01-01", category: "over_objection", was: "limits", changed: true },
    ]);
    expect(preview.changedAny).toBe(true);
    const why = preview.explain("2010-06-01");
    expect([why.category, why.decidingLayer, why.chain.map((l) => l.event.id)]).toEqual(["over_objection", "county", ["new", "a"]]);
  });

  it("replaces the recorded event the edit changes, by id", () => {
    const moved = { ...activated, date: "2010-01-01" };
    const preview = previewOf({ county, recorded: [activated], draft: moved });
    expect(preview.rows).toEqual([
      { date: "2009-01-01", category: "not_activated", was: "activated", changed: true },
      { date: "2010-01-01", category: "activated", was: "activated", changed: false },
    ]);
  });

  it("says when the edit changes no colour", () => {
    const other = fixtureEvent("o", "99001", "2010-06-01", "other");
    const preview = previewOf({ county, recorded: [activated], draft: other });
    expect([preview.rows.length, preview.changedAny]).toEqual([1, false]);
  });
});
