import { categoryIndex, stanceStrength, type MapLevel } from "@scomm/core";
import type { TableSort, TableSortKey } from "../../lib/view-state.js";
import type { StanceCell, TableRow } from "./table-series.js";

/** The columns of each level, in order; states have no state column nor county layer. */
export const TABLE_COLUMNS: Record<MapLevel, readonly TableSortKey[]> = {
  county: ["name", "state", "category", "activation", "stateStance", "countyStance"],
  state: ["name", "category", "activation", "stateStance"],
};

/** Counties read by state, states by name. */
export function defaultSort(level: MapLevel): TableSort {
  return { key: level === "county" ? "state" : "name", direction: "ascending" };
}

/** The view's sort if this level has that column, else the level's default. */
export function sortFor(level: MapLevel, chosen: TableSort | null): TableSort {
  return chosen && TABLE_COLUMNS[level].includes(chosen.key) ? chosen : defaultSort(level);
}

/** What the URL keeps of a sort: null when it is the level's default, so a default table has no `sort`. */
export function chosenSort(level: MapLevel, sort: TableSort): TableSort | null {
  const fallback = defaultSort(level);
  return sort.key === fallback.key && sort.direction === fallback.direction ? null : sort;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

type Compare = (a: TableRow, b: TableRow) => number;

/** Missing values (never switched on, no county layer) sort last whichever the direction. */
function nullsLast<T>(get: (r: TableRow) => T | null, compare: (a: T, b: T) => number): (dir: number) => Compare {
  return (dir) => (a, b) => {
    const [x, y] = [get(a), get(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return dir * compare(x, y);
  };
}

/** Stances in core's order of strength, as a reader scans them: the strongest first, "none" last; then the oldest first. */
const byStance = (a: StanceCell, b: StanceCell) =>
  stanceStrength(b.stance) - stanceStrength(a.stance) || (a.since ?? "").localeCompare(b.since ?? "");

const COMPARES: Record<TableSortKey, (dir: number) => Compare> = {
  name: (dir) => (a, b) => dir * collator.compare(a.name, b.name),
  state: (dir) => (a, b) => dir * collator.compare(a.stateName ?? "", b.stateName ?? ""),
  category: (dir) => (a, b) => dir * (categoryIndex(a.category) - categoryIndex(b.category)),
  activation: nullsLast(
    (r) => r.activationDate,
    (x, y) => x.localeCompare(y),
  ),
  stateStance: nullsLast((r) => r.stateStance, byStance),
  countyStance: nullsLast((r) => r.countyStance, byStance),
};

/** Sorted copy; ties fall back to state, then name, then FIPS, so the order is stable and readable. */
export function sortRows(rows: readonly TableRow[], { key, direction }: TableSort): TableRow[] {
  const primary = COMPARES[key](direction === "ascending" ? 1 : -1);
  const state = COMPARES.state(1);
  const name = COMPARES.name(1);
  return [...rows].sort((a, b) => primary(a, b) || state(a, b) || name(a, b) || a.id.localeCompare(b.id));
}

/** The next sort when a column header is pressed: the same column flips, a new one starts ascending. */
export function nextSort(current: TableSort, key: TableSortKey): TableSort {
  return current.key === key
    ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
    : { key, direction: "ascending" };
}

export interface Page<T> {
  rows: T[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0, 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/** One page of `size` rows; the page number is clamped into range. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: current, pages, first: slice.length ? start + 1 : 0, last: start + slice.length, total: rows.length };
}
