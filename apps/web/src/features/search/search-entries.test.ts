import { searchJurisdictions } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { searchIndexOf, type JurisdictionRow } from "./search-entries.js";

const row = (id: string, level: JurisdictionRow["level"], name: string, population2010: number | null): JurisdictionRow => ({
  id,
  level,
  name,
  stateCode: level === "nation" ? null : "VA",
  stateName: level === "nation" ? null : "Virginia",
  population2010,
  activationDate: null,
});

describe("searchIndexOf", () => {
  const index = searchIndexOf(
    [
      row("US", "nation", "United States", null),
      row("51", "state", "Virginia", 8_001_024),
      row("51013", "county", "Arlington County", 207_627),
    ],
    [{ id: "51013", kind: "city", name: "Rosslyn", stateCode: "VA", stateName: "Virginia" }],
  );

  it("holds the states, counties and cities, never the nation", () => {
    expect(index.entries.map((e) => `${e.kind}:${e.id}`)).toEqual(["state:51", "county:51013", "city:51013"]);
  });

  it("finds a county with a typo and its state qualifier, and a city", () => {
    expect(searchJurisdictions(index, "arlingtn va")[0]?.entry.id).toBe("51013");
    expect(searchJurisdictions(index, "rosslyn")[0]?.entry).toMatchObject({ kind: "city", id: "51013" });
    expect(searchJurisdictions(index, "VA")[0]?.entry.id).toBe("51");
  });
});
