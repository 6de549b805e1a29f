import { describe, expect, it } from "vitest";
import { TODAY, problem, type realFiles, withCsvRow } from "./test-support.js";
import { validateDataset } from "./validate.js";

const check = (files: ReturnType<typeof realFiles>) => validateDataset(files, { today: TODAY });

// Row 1 of sc-activations.csv is Autauga AL (01001), row 2 Baldwin AL (01003): both 2011-04-26,
// Alabama's first date, so breaking either leaves the state file consistent with the roster.
describe("validateDataset on the activation roster", () => {
  it("refuses a county FIPS that us-atlas does not know, and sees the county it replaced go missing", () => {
    const files = withCsvRow("sc-activations.csv", 1, "01002,AL,Autauga,2011-04-26,VNA2026");
    expect(check(files)).toEqual([
      problem("sc-activations.csv", 1, "fips", "01002 is not a county FIPS code in us-atlas 3.0.1"),
      problem("sc-activations.csv", null, "fips", "county 01001 (in us-atlas 3.0.1) has no activation row"),
    ]);
  });

  it("refuses a second row for the same county", () => {
    const files = withCsvRow("sc-activations.csv", 2, "01001,AL,Baldwin,2011-04-26,VNA2026");
    expect(check(files)).toEqual([
      problem("sc-activations.csv", 2, "fips", "01001 already has an activation on row 1"),
      problem("sc-activations.csv", null, "fips", "county 01003 (in us-atlas 3.0.1) has no activation row"),
    ]);
  });

  it("refuses a roster missing a county", () => {
    const files = withCsvRow("sc-activations.csv", 1, null);
    expect(check(files)).toEqual([problem("sc-activations.csv", null, "fips", "county 01001 (in us-atlas 3.0.1) has no activation row")]);
  });

  it("refuses an impossible activation date", () => {
    const files = withCsvRow("sc-activations.csv", 1, "01001,AL,Autauga,2011-04-31,VNA2026");
    const reason = "2011-04-31 is not a real calendar date";
    expect(check(files)).toEqual([problem("sc-activations.csv", 1, "activation_date", reason)]);
  });

  it("refuses a postal code that does not match the county's FIPS", () => {
    const files = withCsvRow("sc-activations.csv", 1, "01001,GA,Autauga,2011-04-26,VNA2026");
    expect(check(files)).toEqual([problem("sc-activations.csv", 1, "state", "county 01001 lies in AL, not GA")]);
  });

  it("refuses a source id SOURCES.md does not describe", () => {
    const files = withCsvRow("sc-activations.csv", 1, "01001,AL,Autauga,2011-04-26,ICE2011");
    const reason = "ICE2011 is not a source id described in SOURCES.md";
    expect(check(files)).toEqual([problem("sc-activations.csv", 1, "source", reason)]);
  });

  it("refuses a row of the wrong width", () => {
    const files = withCsvRow("sc-activations.csv", 1, "01001,AL,Autauga,2011-04-26");
    expect(check(files)).toEqual([
      problem("sc-activations.csv", 1, "row", "has 4 cells, expected 5"),
      problem("sc-activations.csv", null, "fips", "county 01001 (in us-atlas 3.0.1) has no activation row"),
    ]);
  });
});

describe("validateDataset on state activations and population", () => {
  it("refuses a full-activation date that is not the state's last county date", () => {
    const files = withCsvRow("sc-state-activations.csv", 2, "AL,2011-04-26,2013-01-21,VNA2026");
    const reason = "2013-01-21 differs from the latest county activation of AL in sc-activations.csv (2013-01-22)";
    expect(check(files)).toEqual([problem("sc-state-activations.csv", 2, "full_activation_date", reason)]);
  });

  it("refuses an unknown state and sees the state it replaced go missing", () => {
    const files = withCsvRow("sc-state-activations.csv", 1, "PR,2012-04-10,2012-04-10,VNA2026");
    expect(check(files)).toEqual([
      problem("sc-state-activations.csv", 1, "state", "PR is not the postal code of a state or DC"),
      problem("sc-state-activations.csv", null, "state", "AK (Alaska) has no row"),
    ]);
  });

  it("reports a county with no population row", () => {
    const files = withCsvRow("population.csv", 2, null);
    expect(check(files)).toEqual([problem("population.csv", null, "fips", "01001 has no population row")]);
  });

  it("reports a population row for a county us-atlas does not know", () => {
    const line = "72001,county,Puerto Rico,Adjuntas Municipio,19483,,,,,,,,,,";
    const files = withCsvRow("population.csv", 2, line);
    expect(check(files)).toEqual([
      problem("population.csv", 2, "fips", "72001 is not a county FIPS code in us-atlas 3.0.1"),
      problem("population.csv", null, "fips", "01001 has no population row"),
    ]);
  });
});
