/// <reference types="node" />
import { buildStatusModel, statusRowsAt } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { filterRows, stanceActor, stateOptions, type TableRow } from "./table-series.js";
import { chosenSort, nextSort, pageOf, sortFor, sortRows } from "./table-sort.js";

/** The rows `status.table` answers with, from core on the dataset the api serves. */
const model = buildStatusModel(loadDataset());
const rowsAt = (date: string, level: "county" | "state" = "county"): TableRow[] => statusRowsAt(model, date, level);
const none = { text: "", category: null, state: null };

describe("filter, sort and page", () => {
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

  it("sorts by any column both ways, stances strongest first, missing values last", () => {
    const byName = sortRows(rows, { key: "name", direction: "ascending" });
    expect(byName[0]!.name <= byName[1]!.name).toBe(true);
    const down = sortRows(rows, { key: "category", direction: "descending" });
    expect(down[0]!.category).toBe("activated");
    const stance = sortRows(rows, { key: "stateStance", direction: "ascending" });
    expect(stance[0]!.stateStance.stance).toBe("objects");
    expect(stance.at(-1)!.stateStance.stance).toBe("none");
    const states = sortRows(rowsAt("2014-01-01", "state"), { key: "activation", direction: "descending" });
    expect(states[0]!.activationDate! >= states[1]!.activationDate!).toBe(true);
    expect(nextSort({ key: "name", direction: "ascending" }, "name").direction).toBe("descending");
    expect(nextSort({ key: "name", direction: "descending" }, "state")).toEqual({ key: "state", direction: "ascending" });
  });

  it("falls back to the level's default sort, which the URL leaves out", () => {
    expect(sortFor("county", null)).toEqual({ key: "state", direction: "ascending" });
    expect(sortFor("state", { key: "countyStance", direction: "descending" })).toEqual({ key: "name", direction: "ascending" });
    expect(sortFor("state", { key: "activation", direction: "descending" })).toEqual({ key: "activation", direction: "descending" });
    expect(chosenSort("county", { key: "state", direction: "ascending" })).toBeNull();
    expect(chosenSort("state", { key: "state", direction: "ascending" })).toEqual({ key: "state", direction: "ascending" });
  });

  it("pages 3,142 rows into 32 pages of 100", () => {
    const last = pageOf(rows, 99, 100);
    expect(last).toMatchObject({ page: 32, pages: 32, first: 3101, last: 3142, total: 3142 });
    expect(pageOf([], 1, 100)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0 });
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
