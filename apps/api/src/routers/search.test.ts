import { describe, expect, it } from "vitest";
import { useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

describe("search.cities", () => {
  it("names each city the events name once per county it stands on, with the county's state", async () => {
    const cities = await session.caller.search.cities();
    expect(cities.every((c) => c.kind === "city")).toBe(true);
    expect(cities).toContainEqual({ id: "17031", kind: "city", name: "Chicago", stateCode: "IL", stateName: "Illinois" });
    const nyc = cities.filter((c) => c.name === "New York City").map((c) => c.id);
    expect(nyc.sort()).toEqual(["36005", "36047", "36061", "36081", "36085"]);
    expect(new Set(cities.map((c) => `${c.name}/${c.id}`)).size).toBe(cities.length);
  });
});
