import type { SearchHit } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { moveActive, searchOptions } from "./search-options.js";

const hit = (id: string, name: string, kind: SearchHit["entry"]["kind"], stateCode: string): SearchHit => ({
  entry: { id, name, kind, stateCode, stateName: stateCode === "IL" ? "Illinois" : "Georgia" },
  score: 100,
  matched: name,
});

describe("searchOptions", () => {
  it("marks namesakes as ambiguous and names a city's county", () => {
    const options = searchOptions(
      [hit("17031", "Cook County", "county", "IL"), hit("13075", "Cook County", "county", "GA"), hit("17031", "Chicago", "city", "IL")],
      (id) => (id === "17031" ? "Cook County" : null),
    );
    expect(options.map((o) => [o.key, o.ambiguous, o.countyName])).toEqual([
      ["county:17031:Cook County", true, null],
      ["county:13075:Cook County", true, null],
      ["city:17031:Chicago", false, "Cook County"],
    ]);
  });
});

describe("searchOptions' statuses and boroughs", () => {
  it("carries each option's status as the lookup gives it, null where it has none yet", () => {
    const hits = [hit("17031", "Cook County", "county", "IL"), hit("13075", "Cook County", "county", "GA")];
    const options = searchOptions(
      hits,
      () => null,
      (id) => (id === "17031" ? "limits" : null),
    );
    expect(options.map((o) => [o.id, o.category])).toEqual([
      ["17031", "limits"],
      ["13075", null],
    ]);
    expect(searchOptions(hits, () => null).map((o) => o.category)).toEqual([null, null]);
  });

  it("names a borough's county, as a city's", () => {
    const brooklyn: SearchHit = {
      entry: { id: "36047", name: "Brooklyn", kind: "borough", stateCode: "NY", stateName: "New York" },
      score: 101,
      matched: "Brooklyn",
    };
    const [option] = searchOptions([brooklyn], (id) => (id === "36047" ? "Kings County" : null));
    expect(option).toMatchObject({ kind: "borough", countyName: "Kings County", key: "borough:36047:Brooklyn" });
  });
});

describe("moveActive", () => {
  it("walks down and up through the list, wrapping at both ends", () => {
    expect(moveActive(-1, 3, "ArrowDown")).toBe(0);
    expect(moveActive(2, 3, "ArrowDown")).toBe(0);
    expect(moveActive(-1, 3, "ArrowUp")).toBe(2);
    expect(moveActive(0, 3, "ArrowUp")).toBe(2);
    expect(moveActive(0, 0, "ArrowDown")).toBe(-1);
  });
});
