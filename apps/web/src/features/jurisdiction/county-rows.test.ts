import { describe, expect, it } from "vitest";
import { useSortedTable } from "../../lib/table-model/sortable-table.js";
import { renderHook } from "../../testing/render-hook.js";
import { COUNTY_COLUMNS, DEFAULT_COUNTY_SORT, inNameOrder, type CountyRow, type CountySort, type CountySortKey } from "./county-rows.js";

/** Fixture rows: real names and 2010 populations, made-up switch-on dates and statuses, and one made-up county. */
const rows: CountyRow[] = [
  { id: "17999", name: "Fixture County", activationDate: "2009-11-24", population2010: null, category: "activated" },
  { id: "17031", name: "Cook County", activationDate: "2013-01-22", population2010: 5_194_675, category: "over_objection" },
  { id: "17043", name: "DuPage County", activationDate: "2009-11-24", population2010: 916_924, category: "over_objection" },
  { id: "17001", name: "Adams County", activationDate: null, population2010: 67_103, category: "opt_out_pending" },
];
function table(sort: CountySort, onSort: (sort: CountySort) => void = () => {}) {
  return renderHook(() => useSortedTable({ columns: COUNTY_COLUMNS, rows: inNameOrder(rows), sort, onSort }));
}
const order = (key: CountySortKey, direction: CountySort["direction"]) =>
  table({ key, direction })
    .getRowModel()
    .rows.map((r) => r.id);

describe("the counties table's model", () => {
  it("sorts by name and by switch-on date either way, never-activated last, ties by name", () => {
    expect(order("name", "ascending")).toEqual(["17001", "17031", "17043", "17999"]);
    expect(order("name", "descending")).toEqual(["17999", "17043", "17031", "17001"]);
    expect(order("activationDate", "ascending")).toEqual(["17043", "17999", "17031", "17001"]);
    expect(order("activationDate", "descending")).toEqual(["17031", "17043", "17999", "17001"]);
  });

  it("sorts by status (legend order) and by population (unknown last), ties by name", () => {
    expect(order("category", "ascending")).toEqual(["17001", "17031", "17043", "17999"]);
    expect(order("category", "descending")).toEqual(["17999", "17031", "17043", "17001"]);
    expect(order("population2010", "ascending")).toEqual(["17001", "17043", "17031", "17999"]);
    expect(order("population2010", "descending")).toEqual(["17031", "17043", "17001", "17999"]);
  });

  it("flips the same column and starts a new one ascending (population largest first)", () => {
    const press = (key: CountySortKey) => {
      let asked: CountySort | null = null;
      table(DEFAULT_COUNTY_SORT, (next) => (asked = next))
        .getColumn(key)!
        .getToggleSortingHandler()!(undefined);
      return asked;
    };
    expect(press("activationDate")).toEqual({ key: "activationDate", direction: "descending" });
    expect(press("name")).toEqual({ key: "name", direction: "ascending" });
    expect(press("population2010")).toEqual({ key: "population2010", direction: "descending" });
  });
});
