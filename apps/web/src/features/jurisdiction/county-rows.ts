import type { Category } from "@scomm/core";
import { createColumnHelper } from "@tanstack/react-table";
import { byCategory, byName, byValue, inTieOrder } from "../../lib/table-model/sort-fns.js";
import type { Sort, SortedFeatures } from "../../lib/table-model/sortable-table.js";

export interface CountyRow {
  id: string;
  name: string;
  /** Null: never activated. */
  activationDate: string | null;
  population2010: number | null;
  /** Category on the page's date. */
  category: Category;
}

export type CountySortKey = "name" | "activationDate" | "category" | "population2010";
export type CountySort = Sort<CountySortKey>;

/** First by switch-on, the earliest first. */
export const DEFAULT_COUNTY_SORT: CountySort = { key: "activationDate", direction: "ascending" };

const column = createColumnHelper<SortedFeatures, CountyRow>();
/**
 * The counties table's columns in order, each sorting its own way; never-activated and unknown values sort last
 * either way, and population starts with the largest.
 */
export const COUNTY_COLUMNS = [
  column.accessor((r) => r.name, { id: "name", sortFn: byName }),
  column.accessor((r) => r.activationDate ?? undefined, { id: "activationDate", sortFn: byValue, sortUndefined: "last" }),
  column.accessor((r) => r.category, { id: "category", sortFn: byCategory }),
  column.accessor((r) => r.population2010 ?? undefined, {
    id: "population2010",
    sortFn: byValue,
    sortUndefined: "last",
    sortDescFirst: true,
  }),
];

/** The counties as ties read, whatever the sort: by name, then FIPS. */
export const inNameOrder = (rows: readonly CountyRow[]) => inTieOrder(rows, (r) => r.name);
