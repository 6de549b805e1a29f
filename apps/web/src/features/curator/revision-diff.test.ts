import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { diffEvents } from "./revision-diff.js";

/** A test fixture, not a fact. */
const before: Event = {
  id: "cur-fixture",
  jurisdictionIds: ["48201"],
  placeName: "Harris County",
  placeLevel: "county",
  date: "2011-06-01",
  datePrecision: "day",
  type: "opt_out_requested",
  actor: "Fixture commissioners",
  summary: "Fixture summary.",
  sources: [{ title: "Fixture source", publisher: "Example News", date: "2011-06-02", url: "https://example.org/a", foundAt: null }],
  confidence: "high",
};

describe("diffEvents", () => {
  it("lists only the fields a revision changed, before and after", () => {
    const after: Event = {
      ...before,
      date: "2011-06-03",
      summaryEs: "Resumen.",
      sources: [...before.sources, { title: "Second", publisher: "Other", date: null, url: null, foundAt: "https://example.org/b" }],
    };
    expect(diffEvents(before, after)).toEqual([
      { field: "date", before: "2011-06-01", after: "2011-06-03" },
      { field: "summaryEs", before: null, after: "Resumen." },
      {
        field: "sources",
        before: "Fixture source · Example News · 2011-06-02 · https://example.org/a",
        after: "Fixture source · Example News · 2011-06-02 · https://example.org/a\nSecond · Other · https://example.org/b",
      },
    ]);
  });

  it("shows every field of a new event, and nothing for a revision that changed none", () => {
    expect(diffEvents(null, before).map((c) => c.field)).toEqual([
      "date",
      "datePrecision",
      "type",
      "placeName",
      "placeLevel",
      "jurisdictionIds",
      "actor",
      "summary",
      "confidence",
      "sources",
    ]);
    expect(diffEvents(before, { ...before })).toEqual([]);
  });
});
