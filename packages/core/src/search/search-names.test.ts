import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-index.js";
import { SEARCH_FIXTURE } from "./fixtures.js";
import { searchJurisdictions } from "./search.js";

const index = buildSearchIndex(SEARCH_FIXTURE);
const first = (query: string) => searchJurisdictions(index, query)[0]?.entry;
const ids = (query: string, limit?: number) => searchJurisdictions(index, query, limit).map((h) => h.entry.id);

describe("names with or without their ending", () => {
  it.each(["santa clara", "Santa Clara County", "santa clara co", "SANTA CLARA", "santa clara cnty"])("%s", (q) => {
    expect(first(q)?.id).toBe("06085");
  });

  it("reads Parish, Borough, Census Area, City and Borough and Municipality", () => {
    expect(first("orleans parish")?.id).toBe("22071");
    expect(first("juneau")?.id).toBe("02110");
    expect(first("juneau borough")?.id).toBe("02110");
    expect(first("Juneau City and Borough")?.id).toBe("02110");
    expect(first("yukon koyukuk")?.id).toBe("02290");
    expect(first("Yukon-Koyukuk Census Area")?.id).toBe("02290");
    expect(first("fairbanks north star")?.id).toBe("02090");
    expect(first("anchorage")?.id).toBe("02020");
  });

  it("tells an independent city from the county of the same name by the ending typed", () => {
    expect(first("baltimore city")?.id).toBe("24510");
    expect(first("Baltimore County")?.id).toBe("24005");
    expect(first("st louis city")?.id).toBe("29510");
    expect(first("saint louis county")?.id).toBe("29189");
    expect(first("fairfax city")?.id).toBe("51600");
  });

  it("writes Saint and Fort either way", () => {
    expect(first("Saint Louis")?.id).toBe("29189");
    expect(first("fort bend")?.id).toBe("48157");
    expect(first("ft. bend county")?.id).toBe("48157");
  });
});

describe("a state after the name", () => {
  it.each([
    ["Santa Clara, CA", "06085"],
    ["santa clara california", "06085"],
    ["Arlington VA", "51013"],
    ["arlington virginia", "51013"],
    ["arlington, virgina", "51013"],
    ["washington county, or", "41067"],
    ["Washington County Oregon", "41067"],
    ["washington md", "24043"],
    ["richmond ny", "36085"],
    ["jefferson west virginia", "54037"],
    ["carson city nv", "32510"],
  ])("%s", (q, id) => {
    expect(first(q)?.id).toBe(id);
  });

  it("ranks the named state's entries above the same name elsewhere", () => {
    const hits = ids("washington county, wi", 5);
    expect(hits[0]).toBe("55131");
    expect(hits.slice(1).every((id) => id !== "55131")).toBe(true);
  });

  it("keeps the reading without a state when the last word only looks like one", () => {
    // "co" is Colorado and "county": Colorado's Washington County first, then the others.
    expect(ids("washington co", 3)).toEqual(["08121", "41067", "42125"]);
  });
});

describe("FIPS codes and states", () => {
  it("finds a county or state by FIPS, and the start of a FIPS", () => {
    expect(ids("06083")).toEqual(["06083"]);
    // The county first, then what stands on it (a borough, a city), known places or not.
    expect(searchJurisdictions(index, "36061").map((h) => h.entry.kind)).toEqual(["county", "borough", "city"]);
    expect(ids("36061")).toEqual(["36061", "36061", "36061"]);
    expect(first("51")).toMatchObject({ kind: "state", name: "Virginia" });
    expect(ids("5101")).toEqual(["51013"]);
  });

  it("finds a state by postal code or name, first", () => {
    expect(first("VA")).toMatchObject({ kind: "state", name: "Virginia" });
    expect(first("va")?.id).toBe("51");
    expect(first("virginia")?.id).toBe("51");
    expect(first("co")?.id).toBe("08");
    expect(first("District of Columbia")).toMatchObject({ kind: "state", id: "11" });
  });
});

describe("accents", () => {
  it("folds them on both sides", () => {
    expect(first("Dona Ana")?.id).toBe("35013");
    expect(first("doña ana county, nm")?.id).toBe("35013");
    const plain = buildSearchIndex([{ id: "35013", kind: "county", name: "Dona Ana County", stateCode: "NM", stateName: "New Mexico" }]);
    expect(searchJurisdictions(plain, "Doña Ana")[0]?.entry.id).toBe("35013");
  });
});
