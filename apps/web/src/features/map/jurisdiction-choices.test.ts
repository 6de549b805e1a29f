import { describe, expect, it } from "vitest";
import { stateChoices } from "./jurisdiction-choices.js";

describe("stateChoices", () => {
  it("groups counties under their state, both alphabetical", () => {
    const choices = stateChoices([
      { id: "36061", name: "New York County", stateName: "New York" },
      { id: "06037", name: "Los Angeles County", stateName: "California" },
      { id: "36047", name: "Kings County", stateName: "New York" },
      { id: "06001", name: "Alameda County", stateName: "California" },
    ]);
    expect(choices.map((s) => [s.id, s.name])).toEqual([
      ["06", "California"],
      ["36", "New York"],
    ]);
    expect(choices[1]!.counties.map((c) => c.name)).toEqual(["Kings County", "New York County"]);
  });
});
