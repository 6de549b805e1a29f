import { describe, expect, it } from "vitest";
import { countyFipsFromAtlas } from "./atlas.js";
import { loadDataset } from "./load.js";
import { realFiles } from "./test-support.js";

const NYC_COUNTIES = ["36005", "36047", "36061", "36081", "36085"];

describe("loadDataset", () => {
  const dataset = loadDataset();
  const event = (id: string) => dataset.events.find((e) => e.id === id);
  const count = (level: string) => dataset.jurisdictions.filter((j) => j.level === level).length;

  it("is memoised", () => {
    expect(loadDataset()).toBe(dataset);
  });

  it("yields the nation, 51 states and 3,142 counties", () => {
    expect([count("nation"), count("state"), count("county")]).toEqual([1, 51, 3142]);
    expect(dataset.jurisdictions[0]).toMatchObject({ id: "US", level: "nation", name: "United States" });
    expect(dataset.jurisdictions.find((j) => j.id === "48")).toMatchObject({ name: "Texas", stateCode: "TX" });
  });

  it("names counties as the Census does and gives their 2010 count", () => {
    expect(dataset.jurisdictions.find((j) => j.id === "01001")).toEqual({
      id: "01001",
      level: "county",
      name: "Autauga County",
      stateCode: "AL",
      stateFips: "01",
      stateName: "Alabama",
      population2010: 54571,
    });
  });

  it("has the researched events plus one roster event per county and per state", () => {
    // sc-events, sc-events-extra, the 2026-12 update's earlier and 2025-2026 events, the roster.
    expect(dataset.events).toHaveLength(67 + 231 + 11 + 29 + 3142 + 51);
    expect(dataset.events.every((e) => e.sources.length >= 1)).toBe(true);
  });

  it("dates Harris County's roster activation 2008-10-27", () => {
    expect(event("act-48201")).toMatchObject({ type: "activated", date: "2008-10-27", jurisdictionIds: ["48201"] });
  });

  it("puts every New York City event on the five boroughs' counties", () => {
    const nyc = dataset.events.filter((e) => e.placeName === "New York City");
    expect(nyc.length).toBeGreaterThan(0);
    for (const e of nyc) expect(e.jurisdictionIds).toEqual(NYC_COUNTIES);
  });

  it("lands each sc-x city row on its county_fips", () => {
    const rows = realFiles()["sc-events-extra.json"] as { id: string; jurisdiction: { county_fips?: string } }[];
    const cities = rows.filter((r) => r.jurisdiction.county_fips !== undefined);
    expect(cities).toHaveLength(12);
    for (const r of cities) expect(event(r.id)?.jurisdictionIds).toEqual([r.jurisdiction.county_fips]);
  });

  it("puts DC's city events on 11001 and federal events on the nation", () => {
    expect(event("sc-052")?.jurisdictionIds).toEqual(["11001"]);
    expect(event("sc-041")?.jurisdictionIds).toEqual(["US"]);
  });

  it("marks Texas fully activated on 2010-09-28", () => {
    expect(event("full-48")).toMatchObject({ type: "full_state_activation", date: "2010-09-28" });
  });
});

describe("countyFipsFromAtlas", () => {
  it("lists the 3,142 counties of the 50 states and DC", () => {
    const fips = countyFipsFromAtlas();
    expect(fips.size).toBe(3142);
    expect(fips.has("72001")).toBe(false);
    expect(fips.has("46102")).toBe(true);
  });
});
