import { placeName } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { choicesOf } from "./jurisdiction-choices.js";

const STATES = [
  { id: "37", name: "North Carolina" },
  { id: "06", name: "California" },
  { id: "36", name: "New York" },
];

describe("choicesOf", () => {
  it("orders by the name the reader sees, in English", () => {
    expect(choicesOf(STATES, (n) => placeName(n, "en"), "en").map((c) => c.id)).toEqual(["06", "36", "37"]);
  });

  it("orders by the Spanish names in Spanish: Carolina del Norte comes before Nueva York", () => {
    const choices = choicesOf(STATES, (n) => placeName(n, "es"), "es");
    expect(choices).toEqual([
      { id: "06", name: "California" },
      { id: "37", name: "Carolina del Norte" },
      { id: "36", name: "Nueva York" },
    ]);
  });
});
