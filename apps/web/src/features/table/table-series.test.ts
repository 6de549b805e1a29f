/// <reference types="node" />
import { buildStatusModel, statusRowsAt } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { filterRows, stanceActor, stateOptions, type TableRow } from "./table-series.js";

/** The rows `status.table` answers with, from core on the dataset the api serves. */
const model = buildStatusModel(loadDataset());
const rowsAt = (date: string, level: "county" | "state" = "county"): TableRow[] => statusRowsAt(model, date, level);
const none = { text: "", category: null, state: null };

describe("filterRows and stateOptions", () => {
  const rows = rowsAt("2014-01-01");
  it("filters by accent-blind text, FIPS, category and state", () => {
    expect(filterRows(rows, { ...none, text: "dona ana" }).map((r) => r.id)).toEqual(["35013"]);
    expect(filterRows(rows, { ...none, text: "36047" })).toHaveLength(1);
    const limits = filterRows(rows, { ...none, category: "limits" });
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.every((r) => r.category === "limits")).toBe(true);
    // New York has 62 counties (five of them New York City's).
    expect(filterRows(rows, { ...none, state: "36" })).toHaveLength(62);
    expect(filterRows(rows, { ...none, state: "36", text: "kings" }).map((r) => r.id)).toEqual(["36047"]);
    // A Spanish reader finds a county and a state by the names the page shows them: Condado de Kings (CA
    // and NY) and Condado de Kingsbury (SD).
    expect(filterRows(rows, { ...none, text: "condado de kings" }, "es").map((r) => r.id)).toEqual(["06031", "36047", "46077"]);
    expect(filterRows(rows, { ...none, text: "nueva york" }, "es")).toHaveLength(62);
    expect(filterRows(rows, { ...none, text: "condado de kings" }, "en")).toEqual([]);
  });

  it("offers the 50 states and DC, by name, as the state filter", () => {
    const states = stateOptions(rows);
    expect(states).toHaveLength(51);
    expect(states[0]).toEqual({ id: "01", name: "Alabama" });
    expect(states.find((s) => s.id === "11")?.name).toBe("District of Columbia");
    expect(stateOptions(rowsAt("2014-01-01", "state"))).toEqual([]);
  });
});

describe("stanceActor", () => {
  const cell = { stance: "objects" as const, since: "2011-06-01", actor: "Governor Andrew Cuomo", actorEs: "El gobernador Andrew Cuomo" };
  it("names who took the stance in Spanish where the record has it, else in English, saying which", () => {
    expect(stanceActor(cell, "es")).toEqual({ text: "El gobernador Andrew Cuomo", lang: "es" });
    expect(stanceActor(cell, "en")).toEqual({ text: "Governor Andrew Cuomo", lang: "en" });
    expect(stanceActor({ ...cell, actorEs: null }, "es")).toEqual({ text: "Governor Andrew Cuomo", lang: "en" });
    expect(stanceActor({ stance: "none", since: null, actor: null, actorEs: null }, "en")).toBeNull();
  });
});
