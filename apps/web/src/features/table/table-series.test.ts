/// <reference types="node" />
import { buildStatusModel, explainStatus, indexesOf, statusesAt } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { STANCE_EVENT_TYPES, stanceLayersAt, stanceModel } from "./stance-layers.js";
import { filterRows, tableRows } from "./table-series.js";
import { chosenSort, nextSort, pageOf, sortFor, sortRows } from "./table-sort.js";

const dataset = loadDataset();
const model = buildStatusModel(dataset);
const listed = dataset.jurisdictions.map(({ stateFips: _s, ...j }) => j);
const byId = new Map(listed.map((j) => [j.id, { ...j, activationDate: null }]));
const stances = stanceModel(listed, dataset.events.filter((e) => STANCE_EVENT_TYPES.includes(e.type)));

function rowsAt(date: string, level: "county" | "state" = "county") {
  const statuses = statusesAt(model.timeline, date);
  return tableRows(model.timeline, indexesOf(model.timeline, level), statuses, byId, (id) => stanceLayersAt(stances, id, date));
}


describe("tableRows", () => {
  it("has one row per county core counts, with core's category", () => {
    const rows = rowsAt("2012-06-01");
    expect(rows).toHaveLength(3142);
    expect(rowsAt("2012-06-01", "state")).toHaveLength(51);
    const kings = rows.find((r) => r.id === "36047")!;
    expect(kings).toMatchObject({ name: "Kings County", stateCode: "NY", category: "over_objection" });
  });

  it("reads each layer's stance exactly as core explains it with every event", () => {
    for (const date of ["2011-07-01", "2012-06-01", "2014-06-01", "2018-01-01"]) {
      for (const row of rowsAt(date)) {
        const full = explainStatus(model, row.id, date);
        expect(row.stateStance?.stance, `${row.id} ${date}`).toBe(full.stateLayer.stance);
        expect(row.countyStance?.stance, `${row.id} ${date}`).toBe(full.countyLayer?.stance);
      }
    }
    const kings = rowsAt("2012-06-01").find((r) => r.id === "36047")!;
    expect(kings.stateStance).toMatchObject({ stance: "objects", since: "2011-06-01" });
  });
});

describe("filter, sort and page", () => {
  const rows = rowsAt("2014-01-01");
  it("filters by accent-blind text, FIPS and category", () => {
    expect(filterRows(rows, { text: "dona ana", category: null }).map((r) => r.id)).toEqual(["35013"]);
    expect(filterRows(rows, { text: "36047", category: null })).toHaveLength(1);
    const limits = filterRows(rows, { text: "", category: "limits" });
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.every((r) => r.category === "limits")).toBe(true);
  });
  it("sorts by any column both ways, missing values last", () => {
    const byName = sortRows(rows, { key: "name", direction: "ascending" });
    expect(byName[0]!.name <= byName[1]!.name).toBe(true);
    const down = sortRows(rows, { key: "category", direction: "descending" });
    expect(down[0]!.category).toBe("activated");
    const stance = sortRows(rows, { key: "stateStance", direction: "ascending" });
    expect(stance[0]!.stateStance?.stance).toBe("objects");
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
