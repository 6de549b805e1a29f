import { describe, expect, it } from "vitest";
import { dataset, event, jurisdiction } from "../testing/fixtures.js";
import { buildSearchIndex } from "./build-index.js";
import { searchEntriesOf } from "./entries.js";
import { searchJurisdictions } from "./search.js";

describe("searchEntriesOf", () => {
  const boroughs = ["36005", "36047"];
  const data = {
    ...dataset(
      [],
      [
        event("36", "2012-01-01", "activated", { jurisdictionIds: boroughs, placeName: "New York City", placeLevel: "city" }),
        event("36", "2014-11-14", "detainer_policy_limited", { jurisdictionIds: boroughs, placeName: "New York City", placeLevel: "city" }),
        event("36047", "2010-01-01", "activated"),
      ],
    ),
    jurisdictions: [
      { ...jurisdiction("US"), name: "United States" },
      { ...jurisdiction("36", 19378102), name: "New York", stateCode: "NY", stateName: "New York" },
      { ...jurisdiction("36005", 1385108), name: "Bronx County", stateCode: "NY", stateName: "New York" },
      { ...jurisdiction("36047", 2504700), name: "Kings County", stateCode: "NY", stateName: "New York", population2010: null },
    ],
  };
  const entries = searchEntriesOf(data);

  it("lists states and counties (not the nation), then each named city once per county", () => {
    expect(entries.map((e) => `${e.kind}:${e.id}:${e.name}`)).toEqual([
      "state:36:New York",
      "county:36005:Bronx County",
      "county:36047:Kings County",
      "city:36005:New York City",
      "city:36047:New York City",
    ]);
    expect(entries[3]).toMatchObject({ stateCode: "NY", stateName: "New York" });
    expect(entries[1]?.population).toBe(1385108);
    expect(entries[2]).not.toHaveProperty("population");
  });

  it("feeds the index", () => {
    const index = buildSearchIndex(entries);
    expect(searchJurisdictions(index, "new york city").map((h) => h.entry.id)).toEqual(["36005", "36047", "36"]);
  });
});
