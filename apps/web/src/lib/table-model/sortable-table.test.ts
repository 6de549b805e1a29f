import { constructSortFn, createColumnHelper } from "@tanstack/react-table";
import { describe, expect, it } from "vitest";
import { renderHook } from "../../testing/render-hook.js";
import { byName, byValue, inTieOrder } from "./sort-fns.js";
import { pageOf, useSortedTable, type Sort, type SortedFeatures } from "./sortable-table.js";

/** Fixture rows, not places: names that collate case-, accent- and number-wise. */
interface Item {
  id: string;
  name: string;
  size: number | null;
}
const items: Item[] = [
  { id: "4", name: "District 10", size: 3 },
  { id: "2", name: "district 2", size: null },
  { id: "1", name: "District 2", size: 7 },
  { id: "3", name: "Doña Ana", size: 3 },
  { id: "5", name: "Dona Ana", size: 1 },
];
const column = createColumnHelper<SortedFeatures, Item>();
const columns = [
  column.accessor((r) => r.name, { id: "name", sortFn: byName }),
  column.accessor((r) => r.size ?? undefined, { id: "size", sortFn: byValue, sortUndefined: "last", sortDescFirst: true }),
  column.accessor((r) => r.name.length, { id: "length", sortFn: constructSortFn({ sort: (a: number, b: number) => a - b }) }),
];
type Key = "name" | "size" | "length";

function table(sort: Sort<Key>, onSort: (sort: Sort<Key>) => void = () => {}) {
  const rows = inTieOrder(items, (r) => r.name);
  return renderHook(() => useSortedTable({ columns, rows, sort, onSort }));
}
const order = (sort: Sort<Key>) =>
  table(sort)
    .getRowModel()
    .rows.map((r) => r.id);
/** The sort a press on `key`'s header asks for, from `sort`. */
function press(sort: Sort<Key>, key: Key): Sort<Key> | null {
  let asked: Sort<Key> | null = null;
  table(sort, (next) => (asked = next))
    .getColumn(key)!
    .getToggleSortingHandler()!(undefined);
  return asked;
}

describe("the table model's sorting", () => {
  it("keeps ties in the order rows come in, which inTieOrder makes names (case-, accent-blind, numbers by value), then ids", () => {
    expect(inTieOrder(items, (r) => r.name).map((r) => r.id)).toEqual(["1", "2", "4", "3", "5"]);
  });

  it("sorts names both ways, ties still in the order they came", () => {
    expect(order({ key: "name", direction: "ascending" })).toEqual(["1", "2", "4", "3", "5"]);
    expect(order({ key: "name", direction: "descending" })).toEqual(["3", "5", "4", "1", "2"]);
  });

  it("puts a missing value last whichever the direction", () => {
    expect(order({ key: "size", direction: "ascending" })).toEqual(["5", "4", "3", "1", "2"]);
    expect(order({ key: "size", direction: "descending" })).toEqual(["1", "4", "3", "5", "2"]);
  });

  it("flips the sorted column on a press, starts another ascending, or descending where the column says so", () => {
    expect(press({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(press({ key: "name", direction: "descending" }, "name")).toEqual({ key: "name", direction: "ascending" });
    expect(press({ key: "size", direction: "descending" }, "length")).toEqual({ key: "length", direction: "ascending" });
    expect(press({ key: "name", direction: "ascending" }, "size")).toEqual({ key: "size", direction: "descending" });
  });

  it("marks only the sorted column", () => {
    const sorted = table({ key: "size", direction: "descending" });
    expect(sorted.getAllLeafColumns().map((c) => c.getIsSorted())).toEqual([false, "desc", false]);
  });
});

describe("pageOf", () => {
  it("pages 3,142 rows into 32 pages of 100, clamping the page asked for", () => {
    expect(pageOf(3142, 99, 100)).toEqual({ page: 32, pages: 32, first: 3101, last: 3142, total: 3142 });
    expect(pageOf(3142, 0, 100)).toEqual({ page: 1, pages: 32, first: 1, last: 100, total: 3142 });
    expect(pageOf(0, 1, 100)).toEqual({ page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });
});
