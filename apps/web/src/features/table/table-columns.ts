import { stanceStrength, type IsoDate, type MapLevel } from "@scomm/core";
import { constructSortFn, createColumnHelper } from "@tanstack/react-table";
import type { I18n } from "../../lib/i18n/use-i18n.js";
import { byCategory, byName, byValue, inTieOrder } from "../../lib/table-model/sort-fns.js";
import type { PagedFeatures } from "../../lib/table-model/sortable-table.js";
import type { TableSort, TableSortKey } from "../../lib/view-state.js";
import type { StanceCell, TableRow } from "./table-series.js";

/** The columns of each level, in order; states have no state column nor county layer. */
export const TABLE_COLUMNS: Record<MapLevel, readonly TableSortKey[]> = {
  county: ["name", "state", "category", "activation", "stateStance", "countyStance"],
  state: ["name", "category", "activation", "stateStance"],
};

/** Stances in core's order of strength, as a reader scans them: the strongest first, "none" last; then the oldest first. */
const byStance = constructSortFn({
  sort: (a: StanceCell, b: StanceCell) =>
    stanceStrength(b.stance) - stanceStrength(a.stance) || (a.since ?? "").localeCompare(b.since ?? ""),
});

const column = createColumnHelper<PagedFeatures, TableRow>();
/** Each column's value and how it sorts; missing values (never switched on, no county layer) sort last whichever the direction. */
const COLUMN_DEFS = {
  name: column.accessor((r) => r.name, { id: "name", sortFn: byName }),
  state: column.accessor((r) => r.stateName ?? "", { id: "state", sortFn: byName }),
  category: column.accessor((r) => r.category, { id: "category", sortFn: byCategory }),
  activation: column.accessor((r) => r.activationDate ?? undefined, { id: "activation", sortFn: byValue, sortUndefined: "last" }),
  stateStance: column.accessor((r) => r.stateStance, { id: "stateStance", sortFn: byStance }),
  countyStance: column.accessor((r) => r.countyStance ?? undefined, { id: "countyStance", sortFn: byStance, sortUndefined: "last" }),
} satisfies Record<TableSortKey, unknown>;

/** The table model's columns of each level. */
export const TABLE_COLUMN_DEFS = {
  county: TABLE_COLUMNS.county.map((key) => COLUMN_DEFS[key]),
  state: TABLE_COLUMNS.state.map((key) => COLUMN_DEFS[key]),
};

/** Rows as ties read, whatever the sort: by state, then name, then FIPS. */
export const inReadingOrder = (rows: readonly TableRow[]) =>
  inTieOrder(
    rows,
    (r) => r.stateName ?? "",
    (r) => r.name,
  );

/** A column's heading, on screen and in the download: "Status on June 1, 2012"; a state's switch-on is its first county's. */
export function columnHeader(i18n: I18n, key: TableSortKey, level: MapLevel, date: IsoDate): string {
  const { columns } = i18n.m.table;
  if (key === "category") return i18n.fill(columns.category, { date: i18n.date(date) });
  return key === "activation" && level === "state" ? columns.firstActivation : columns[key];
}

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
