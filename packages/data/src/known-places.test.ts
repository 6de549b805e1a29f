import { KNOWN_PLACES } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

/** Search's known places (core) name their counties by FIPS and by name: both must agree with the dataset. */
describe("search's known places", () => {
  const byId = new Map(loadDataset().jurisdictions.map((j) => [j.id, j]));

  it.each(KNOWN_PLACES.map((p) => [p.name, p] as const))("%s lies in the county its FIPS names", (_, place) => {
    const county = byId.get(place.countyId);
    expect(county?.level).toBe("county");
    expect(`${county?.name}, ${county?.stateCode}`).toBe(place.county);
  });
});
