import { describe, expect, it } from "vitest";
import { TODAY, problem, type realFiles, withEventRow } from "./test-support.js";
import { validateDataset } from "./validate.js";

const check = (files: ReturnType<typeof realFiles>) => validateDataset(files, { today: TODAY });

describe("validateDataset on where events happened", () => {
  it("refuses a county FIPS that us-atlas does not know", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.jurisdiction.fips = "48999"));
    const reason = "48999 is not a county FIPS code in us-atlas 3.0.1";
    expect(check(files)).toEqual([problem("sc-events.json", 3, "jurisdiction.fips", reason)]);
  });

  it("refuses a county event whose county lies in another state", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.jurisdiction.fips = "06075"));
    const reason = "06075 is a county of CA, not of TX";
    expect(check(files)).toEqual([problem("sc-events.json", 3, "jurisdiction.fips", reason)]);
  });

  it("refuses a state FIPS that is not one of the 51", () => {
    const files = withEventRow("sc-events-extra.json", 1, (e) => (e.jurisdiction.fips = "72"));
    const reason = "72 is not the FIPS code of a state or DC";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 1, "jurisdiction.fips", reason)]);
  });

  it("refuses a state FIPS that belongs to another state", () => {
    const files = withEventRow("sc-events-extra.json", 1, (e) => (e.jurisdiction.fips = "40"));
    const reason = "40 is the FIPS code of OK, not OR (41)";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 1, "jurisdiction.fips", reason)]);
  });

  it("refuses an unknown postal code", () => {
    const files = withEventRow("sc-events.json", 4, (e) => (e.jurisdiction.state = "PR"));
    const reason = "PR is not the postal code of a state or DC";
    expect(check(files)).toEqual([problem("sc-events.json", 4, "jurisdiction.state", reason)]);
  });

  it("refuses a city whose county cannot be resolved", () => {
    const files = withEventRow("sc-events-extra.json", 6, (e) => delete e.jurisdiction.county_fips);
    const reason = 'city "Newark" (NJ) has no county_fips and is not one of the cities whose counties are known';
    expect(check(files)).toEqual([problem("sc-events-extra.json", 6, "jurisdiction.county_fips", reason)]);
  });

  it("refuses a city county_fips that is not a county of the row's state", () => {
    const files = withEventRow("sc-events-extra.json", 6, (e) => (e.jurisdiction.county_fips = "36061"));
    const reason = "36061 is a county of NY, not of NJ";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 6, "jurisdiction.county_fips", reason)]);
  });

  it("refuses an id used in both events files", () => {
    const files = withEventRow("sc-events-extra.json", 1, (e) => (e.id = "sc-008"));
    const reason = "sc-008 is also the id of sc-events.json row 1";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 1, "id", reason)]);
  });

  it("refuses a researched id that a roster event already has", () => {
    const files = withEventRow("sc-events.json", 1, (e) => (e.id = "act-25025"));
    const reason = "act-25025 is also the id of the event generated from sc-activations.csv row 1230";
    expect(check(files)).toEqual([problem("sc-events.json", 1, "id", reason)]);
  });
});
