import { CATEGORIES, type Category } from "@scomm/core";
import type { SortDirection } from "../../lib/view-state.js";

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

export interface CountySort {
  key: CountySortKey;
  direction: SortDirection;
}

/** A click on a column: the same column flips, another starts ascending (population: largest first). */
export function nextSort(current: CountySort, key: CountySortKey): CountySort {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "population2010" ? "descending" : "ascending" };
}

/** The counties in the chosen order; ties (and never-activated or unknown values, always last) by name. */
export function sortCounties(rows: readonly CountyRow[], { key, direction }: CountySort): CountyRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const byName = (a: CountyRow, b: CountyRow) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id);
  return [...rows].sort((a, b) => {
    if (key === "name") return sign * byName(a, b);
    const [va, vb] = [value(a, key), value(b, key)];
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va < vb ? -1 : va > vb ? 1 : 0) || byName(a, b);
  });
}

function value(row: CountyRow, key: Exclude<CountySortKey, "name">): string | number | null {
  if (key === "category") return CATEGORIES.indexOf(row.category);
  return row[key];
}
