import { describe, expect, it } from "vitest";
import { buildStatusModel } from "./model.js";
import { populationWeights, weightsByPopulation } from "./status.js";
import { dataset, jurisdiction } from "./testing/fixtures.js";

describe("weightsByPopulation", () => {
  it("weighs each id by its 2010 population, 0 when unknown or missing", () => {
    const places = [
      { id: "01001", population2010: 54571 },
      { id: "01003", population2010: null },
    ];
    expect([...weightsByPopulation(["01", "01001", "01003"], places)]).toEqual([0, 54571, 0]);
  });
  it("is what populationWeights gives for a model's timeline", () => {
    const m = buildStatusModel(dataset(["01", "01001"], []));
    expect([...populationWeights(m)]).toEqual([...weightsByPopulation(m.timeline.ids, [jurisdiction("01"), jurisdiction("01001")])]);
    expect([...populationWeights(m)]).toContain(1000);
  });
});
