import { buildSearchIndex, type SearchEntry } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { closestMatches, typedName } from "./closest-matches.js";

const entries: SearchEntry[] = [
  { id: "17", kind: "state", name: "Illinois", stateCode: "IL", stateName: "Illinois", population: 12_830_632 },
  { id: "17031", kind: "county", name: "Cook County", stateCode: "IL", stateName: "Illinois", population: 5_194_675 },
  { id: "17043", kind: "county", name: "DuPage County", stateCode: "IL", stateName: "Illinois", population: 916_924 },
];
const index = buildSearchIndex(entries);

describe("typedName", () => {
  it("reads the last path segment as words", () => {
    expect(typedName("/j/cook-county")).toBe("cook county");
    expect(typedName("/j/Do%C3%B1a_Ana/")).toBe("Doña Ana");
    expect(typedName("/j/%E0%A4%A")).toBe("%E0%A4%A");
    expect(typedName("/")).toBe("");
  });
});

describe("closestMatches", () => {
  it("finds names, typos included", () => {
    expect(closestMatches(index, "dupgae county").map((h) => h.entry.id)).toEqual(["17043"]);
  });
  it("shortens an unknown FIPS code to the nearest codes that exist", () => {
    // Chicago, a known place on Cook County, comes after the state and counties the code names.
    expect(closestMatches(index, "17999").map((h) => `${h.entry.kind}:${h.entry.id}`)).toEqual([
      "state:17",
      "county:17031",
      "county:17043",
      "city:17031",
    ]);
    expect(closestMatches(index, "17039").map((h) => h.entry.id)).toEqual(["17031", "17031"]);
    expect(closestMatches(index, "99999")).toEqual([]);
    expect(closestMatches(index, "")).toEqual([]);
  });
});
