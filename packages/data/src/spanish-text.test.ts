import { describe, expect, it } from "vitest";
import { buildDataset } from "./build.js";
import { realFiles, TODAY } from "./test-support.js";

describe("sc-events-es.json", () => {
  it("puts a researched event's Spanish actor and summary on it", () => {
    const files = realFiles();
    files["sc-events-es.json"] = {
      "sc-019": { actor: "La junta del condado de Arlington", summary: "La junta pidió salir del programa." },
    };
    const { dataset, problems } = buildDataset(files, { today: TODAY });
    expect(problems).toEqual([]);
    const event = dataset.events.find((e) => e.id === "sc-019");
    expect(event?.summaryEs).toBe("La junta pidió salir del programa.");
    expect(event?.actorEs).toBe("La junta del condado de Arlington");
  });
  it("names an entry without its summary", () => {
    const files = realFiles();
    files["sc-events-es.json"] = { "sc-019": { actor: "La junta" } };
    expect(buildDataset(files, { today: TODAY }).problems.map((p) => p.field)).toEqual(["sc-019.summary"]);
  });
});

describe("the record in Spanish", () => {
  it("has every researched event's actor and summary in Spanish, and phrases the roster's rows itself", () => {
    const { dataset, problems } = buildDataset(realFiles(), { today: TODAY });
    expect(problems).toEqual([]);
    const missing = dataset.events.filter((e) => !e.summaryEs || !e.actorEs).map((e) => e.id);
    expect(missing).toEqual([]);
    // And no translation stands for an event the record does not have.
    const ids = new Set(dataset.events.map((e) => e.id));
    const orphans = Object.keys(realFiles()["sc-events-es.json"] as object).filter((id) => !ids.has(id) || /^(act|full)-/.test(id));
    expect(orphans).toEqual([]);
    const roster = dataset.events.find((e) => e.id === "act-48201")!;
    expect(roster.summaryEs).toMatch(/^ICE activó Secure Communities en Harris County, TX/);
  });
});
