import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-index.js";
import { withKnownPlaces } from "./entries.js";
import { SEARCH_FIXTURE } from "./fixtures.js";
import type { KnownPlace } from "./known-places.js";
import { searchJurisdictions } from "./search.js";

const index = buildSearchIndex(SEARCH_FIXTURE);
const search = (query: string, limit?: number) => searchJurisdictions(index, query, limit);
const first = (query: string) => search(query)[0]?.entry;

describe("the five boroughs", () => {
  it.each([
    ["brooklyn", "36047"],
    ["Manhattan", "36061"],
    ["the bronx", "36005"],
    ["bronx", "36005"],
    ["queens", "36081"],
    ["Staten Island", "36085"],
  ])("%s is its county", (query, id) => {
    expect(first(query)).toMatchObject({ id, stateCode: "NY", known: true });
  });

  it("'brooklyn' finds Kings County before Brookings County, whose name only starts alike", () => {
    const hits = search("brooklyn");
    expect(hits[0]?.entry).toMatchObject({ kind: "borough", name: "Brooklyn", id: "36047" });
    expect(hits.findIndex((h) => h.entry.id === "46011")).not.toBe(0);
  });

  it("lists Brooklyn first while it is typed, by Kings County's population", () => {
    expect(first("brook")).toMatchObject({ name: "Brooklyn", id: "36047" });
  });
});

describe("cities that are not county names", () => {
  it("'miami' lists the city on Miami-Dade first, then the Miami Counties of Ohio, Indiana and Kansas", () => {
    const hits = search("miami", 5);
    expect(hits[0]?.entry).toMatchObject({ kind: "city", id: "12086", stateCode: "FL" });
    const miamiCounties = hits.filter((h) => h.entry.name === "Miami County").map((h) => h.entry.stateCode);
    expect(miamiCounties).toEqual(["OH", "IN", "KS"]);
    expect(hits.map((h) => h.entry.id)).toContain("12086");
  });

  it.each([
    ["chicago", "17031"],
    ["boston", "25025"],
    ["new orleans", "22071"],
    ["nashville", "47037"],
    ["louisville", "21111"],
    ["houston", "48201"],
    ["charlotte", "37119"],
    ["san jose", "06085"],
  ])("%s is on its county", (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it("'baltimore' is the city; 'baltimore county' is still the county", () => {
    expect(search("baltimore", 2).map((h) => h.entry.id)).toEqual(["24510", "24005"]);
    expect(first("baltimore county")?.id).toBe("24005");
  });

  it("'houston' is the city in Harris County; 'houston county' the counties of that name", () => {
    expect(first("houston")).toMatchObject({ name: "Houston", id: "48201" });
    expect(search("houston county", 2).map((h) => h.entry.name)).toEqual(["Houston County", "Houston County"]);
  });

  it("a state after the name still wins: 'miami, oh' is Miami County, Ohio", () => {
    expect(first("miami, oh")?.id).toBe("39109");
    expect(first("miami fl")?.id).toBe("12086");
  });

  it("DC, by postal code, by 'washington dc' or 'Washington, D.C.'", () => {
    expect(first("DC")).toMatchObject({ kind: "state", id: "11" });
    expect(first("washington dc")?.id).toBe("11001");
    expect(first("Washington, D.C.")?.id).toBe("11001");
    expect(first("washington")).toMatchObject({ kind: "state", id: "53" });
  });

  it("a known place named like its county marks the county rather than adding an entry", () => {
    const losAngeles = index.entries.filter((e) => e.id === "06037");
    expect(losAngeles.map((e) => [e.kind, e.known === true])).toEqual([
      ["county", true],
      ["city", false],
    ]);
  });
});

describe("withKnownPlaces", () => {
  const county = { id: "17031", kind: "county", name: "Cook County", stateCode: "IL", stateName: "Illinois", population: 5194675 } as const;
  const place = (name: string, countyId = "17031"): KnownPlace => ({ name, kind: "city", countyId, county: "Cook County, IL" });

  it("adds a place on its county, with the county's state and population", () => {
    expect(withKnownPlaces([county], [place("Chicago")])).toEqual([
      county,
      { id: "17031", kind: "city", name: "Chicago", stateCode: "IL", stateName: "Illinois", population: 5194675, known: true },
    ]);
  });

  it("marks a city already listed instead of adding it twice", () => {
    const city = { id: "17031", kind: "city", name: "Chicago", stateCode: "IL", stateName: "Illinois" } as const;
    expect(withKnownPlaces([county, city], [place("Chicago")])).toEqual([county, { ...city, known: true }]);
  });

  it("leaves out a place whose county is not among the entries", () => {
    expect(withKnownPlaces([county], [place("Miami", "12086")])).toEqual([county]);
  });
});
