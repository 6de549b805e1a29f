import type { Lang, MapLevel } from "@scomm/core";
import { useMemo } from "react";
import { pageOf, usePagedTable } from "../../../lib/table-model/sortable-table.js";
import type { TableSort } from "../../../lib/view-state.js";
import { chosenSort, inReadingOrder, TABLE_COLUMN_DEFS } from "../table-columns.js";
import { filterRows, type RowFilter, type TableRow } from "../table-series.js";

export const PAGE_SIZE = 100;
const NO_ROWS: TableRow[] = [];

interface JurisdictionTableInput {
  /** Every row of the date, as the api answered (none while it has not). */
  rows: readonly TableRow[] | undefined;
  level: MapLevel;
  filter: RowFilter;
  lang: Lang;
  sort: TableSort;
  /** The page asked for, from 1 (clamped into range). */
  page: number;
  /** A header pressed: the URL's new sort (null for the level's default), back to page 1. */
  onSort: (sort: TableSort | null) => void;
  onPage: (page: number) => void;
}

/**
 * The Table page's table model: the rows the filters keep, sorted as the URL says (ties by state, name and FIPS),
 * a page at a time; `sorted` is every one of them in that order, for the download.
 */
export function useJurisdictionTable({ rows, level, filter, lang, sort, page, onSort, onPage }: JurisdictionTableInput) {
  const { text, category, state } = filter;
  const kept = useMemo(
    () => (rows ? inReadingOrder(filterRows(rows, { text, category, state }, lang)) : NO_ROWS),
    [rows, text, category, state, lang],
  );
  const current = pageOf(kept.length, page, PAGE_SIZE);
  const table = usePagedTable({
    columns: TABLE_COLUMN_DEFS[level],
    rows: kept,
    sort,
    onSort: (next) => onSort(chosenSort(level, next)),
    page: current,
    size: PAGE_SIZE,
    onPage,
  });
  const model = table.getPrePaginatedRowModel();
  const sorted = useMemo(() => model.rows.map((row) => row.original), [model]);
  return { table, page: current, sorted };
}

export type JurisdictionTableModel = ReturnType<typeof useJurisdictionTable>["table"];
