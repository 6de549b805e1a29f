import { categoryIndex, type Category } from "@scomm/core";
import { constructSortFn, sortFn_basic } from "@tanstack/react-table";

/** Names as recorded, in English collation: case- and accent-blind, numbers by value ("District 2" before "District 10"). */
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
export const compareNames = collator.compare;

/** A column of names (of a place, of its state). */
export const byName = constructSortFn({ sort: (a: string, b: string) => compareNames(a, b) });

/** Statuses in the legend's order (core's CATEGORIES). */
export const byCategory = constructSortFn({ sort: (a: Category, b: Category) => categoryIndex(a) - categoryIndex(b) });

/** ISO dates (YYYY-MM-DD) and numbers: as they compare, the oldest or smallest first. */
export const byValue = sortFn_basic;

/**
 * The rows in the order ties keep: the table's sort is stable on the order rows come in (TanStack Table falls
 * back to the row's index, in either direction), so ties read by these names, each ascending, then by id.
 */
export function inTieOrder<T extends { id: string }>(rows: readonly T[], ...names: ((row: T) => string)[]): T[] {
  const compare = (a: T, b: T) => {
    for (const name of names) {
      const order = compareNames(name(a), name(b));
      if (order) return order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...rows].sort(compare);
}
