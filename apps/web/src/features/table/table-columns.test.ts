/// <reference types="node" />
import { buildStatusModel, statusRowsAt, type Category, type MapLevel } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import type { TableSort, TableSortKey } from "../../lib/view-state.js";
import { renderHook } from "../../testing/render-hook.js";
import { useJurisdictionTable } from "./components/use-jurisdiction-table.js";
import { chosenSort, sortFor } from "./table-columns.js";
import type { StanceCell, TableRow } from "./table-series.js";

const none = { text: "", category: null, state: null };
const cell = (stance: StanceCell["stance"], since: string | null = null): StanceCell => ({ stance, since, actor: null, actorEs: null });
function county(
  id: string,
  name: string,
  stateName: string,
  category: Category,
  activationDate: string | null,
  state: StanceCell,
  own: StanceCell,
): TableRow {
  return {
    id,
    level: "county",
    name,
    stateFips: null,
    stateCode: null,
    stateName,
    category,
    activationDate,
    stateStance: state,
    countyStance: own,
  };
}
/** Fixture rows, not the dataset: two Adams counties, numbered districts, ties on every column. */
const FIXTURE: TableRow[] = [
  county("90005", "District 9", "Beta State", "limits", "2010-05-01", cell("objects", "2011-06-01"), cell("none")),
  county("90004", "district 10", "Beta State", "not_activated", null, cell("agrees", "2009-01-01"), cell("limits", "2010-01-01")),
  county("90003", "Zeta County", "Alpha State", "activated", "2009-01-01", cell("objects", "2010-01-01"), cell("limits", "2011-01-01")),
  county("90002", "Adams County", "Alpha State", "over_objection", null, cell("none"), cell("objects", "2012-01-01")),
  county("90001", "Adams County", "Beta State", "activated", "2010-05-01", cell("objects", "2011-06-01"), cell("none")),
];

interface Asked {
  rows: readonly TableRow[];
  level?: MapLevel;
  sort: TableSort;
  page?: number;
  state?: string | null;
  onSort?: (sort: TableSort | null) => void;
}
function model({ rows, level = "county", sort, page = 1, state = null, onSort = () => {} }: Asked) {
  return renderHook(() =>
    useJurisdictionTable({ rows, level, filter: { ...none, state }, lang: "en", sort, page, onSort, onPage: () => {} }),
  );
}
const order = (key: TableSortKey, direction: TableSort["direction"], rows = FIXTURE, level: MapLevel = "county") =>
  model({ rows, level, sort: { key, direction } }).sorted.map((r) => r.id);

describe("the Table page's table model", () => {
  it("sorts every column both ways; ties by state, then name, then FIPS, whichever the direction", () => {
    expect(order("name", "ascending")).toEqual(["90002", "90001", "90005", "90004", "90003"]);
    expect(order("name", "descending")).toEqual(["90003", "90004", "90005", "90002", "90001"]);
    expect(order("state", "ascending")).toEqual(["90002", "90003", "90001", "90005", "90004"]);
    expect(order("state", "descending")).toEqual(["90001", "90005", "90004", "90002", "90003"]);
    expect(order("category", "ascending")).toEqual(["90004", "90002", "90005", "90003", "90001"]);
    expect(order("category", "descending")).toEqual(["90003", "90001", "90005", "90002", "90004"]);
  });

  it("sorts switch-on dates never-switched-on last either way, and stances strongest first, then oldest", () => {
    expect(order("activation", "ascending")).toEqual(["90003", "90001", "90005", "90002", "90004"]);
    expect(order("activation", "descending")).toEqual(["90001", "90005", "90003", "90002", "90004"]);
    expect(order("stateStance", "ascending")).toEqual(["90003", "90001", "90005", "90004", "90002"]);
    expect(order("stateStance", "descending")).toEqual(["90002", "90004", "90001", "90005", "90003"]);
    expect(order("countyStance", "ascending")).toEqual(["90002", "90004", "90003", "90001", "90005"]);
    expect(order("countyStance", "descending")).toEqual(["90001", "90005", "90003", "90004", "90002"]);
  });

  it("flips the sorted column on a press and starts another ascending; the URL keeps no default", () => {
    const asked: (TableSort | null)[] = [];
    const press = (sort: TableSort, key: TableSortKey) =>
      model({ rows: FIXTURE, sort, onSort: (next) => asked.push(next) })
        .table.getColumn(key)!
        .getToggleSortingHandler()!(undefined);
    press({ key: "name", direction: "ascending" }, "name");
    press({ key: "name", direction: "descending" }, "activation");
    press({ key: "state", direction: "descending" }, "state");
    expect(asked).toEqual([{ key: "name", direction: "descending" }, { key: "activation", direction: "ascending" }, null]);
  });

  it("shows a page of 100 of the dataset's 3,142 counties, and hands the download every row in the same order", () => {
    const rows: TableRow[] = statusRowsAt(buildStatusModel(loadDataset()), "2014-01-01", "county");
    const last = model({ rows, sort: sortFor("county", null), page: 99 });
    expect(last.page).toEqual({ page: 32, pages: 32, first: 3101, last: 3142, total: 3142 });
    const page = last.table.getRowModel().rows.map((r) => r.original.name);
    expect(page).toHaveLength(42);
    expect(page.at(-1)).toBe("Weston County");
    expect(last.sorted[0]!.name).toBe("Autauga County");
    expect(last.sorted.slice(3100).map((r) => r.name)).toEqual(page);
    // New York's 62 counties, names from Z to A.
    const ny = model({ rows, sort: { key: "name", direction: "descending" }, state: "36" });
    expect(ny.sorted.map((r) => r.id).slice(0, 2)).toEqual(["36123", "36121"]);
    expect(ny.sorted).toHaveLength(62);
  });

  it("falls back to the level's default sort, which the URL leaves out", () => {
    expect(sortFor("county", null)).toEqual({ key: "state", direction: "ascending" });
    expect(sortFor("state", { key: "countyStance", direction: "descending" })).toEqual({ key: "name", direction: "ascending" });
    expect(sortFor("state", { key: "activation", direction: "descending" })).toEqual({ key: "activation", direction: "descending" });
    expect(chosenSort("county", { key: "state", direction: "ascending" })).toBeNull();
    expect(chosenSort("state", { key: "state", direction: "ascending" })).toEqual({ key: "state", direction: "ascending" });
  });
});
