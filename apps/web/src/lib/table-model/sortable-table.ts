import {
  createPaginatedRowModel,
  createSortedRowModel,
  functionalUpdate,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type TableFeatures,
  type Updater,
} from "@tanstack/react-table";
import type { SortDirection } from "../view-state.js";

/**
 * The one table model of the site's sortable tables (the Table page, a state's counties), on TanStack Table:
 * each table gives its column definitions (with their sorting functions, `sort-fns.ts`) and owns its sort,
 * which comes in controlled (the URL, or a component's state) and goes out through `onSort`.
 */
const SORTING = { rowSortingFeature, sortedRowModel: createSortedRowModel() };
export const sortedFeatures = tableFeatures(SORTING);
export const pagedFeatures = tableFeatures({ ...SORTING, rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });
export type SortedFeatures = typeof sortedFeatures;
export type PagedFeatures = typeof pagedFeatures;

/** A row of a sortable table: keyed by its id (a FIPS code). */
type Row = RowData & { id: string };

/** A table's columns, as TanStack's `columnHelper.columns()` types a list whose columns hold values of differing types. */
// biome-ignore lint/suspicious/noExplicitAny: the library's own type for such a list.
type Columns<F extends TableFeatures, T extends Row> = readonly ColumnDef<F, T, any>[];

/** A table's order: one column and which way it runs, in aria-sort's words. */
export interface Sort<K extends string> {
  key: K;
  direction: SortDirection;
}

interface SortableTableInput<F extends SortedFeatures, T extends Row, K extends string> {
  /** Each column's id is a sort key. */
  columns: Columns<F, T>;
  /** In tie order (`inTieOrder`): the sort keeps it among equals. */
  rows: readonly T[];
  sort: Sort<K>;
  onSort: (sort: Sort<K>) => void;
}

/** What every sortable table shares: one column at a time; a header press flips it, or starts a new one ascending (or descending where the column says so). */
function sortingOptions<K extends string>({ sort, onSort }: { sort: Sort<K>; onSort: (sort: Sort<K>) => void }) {
  const sorting: SortingState = [{ id: sort.key, desc: sort.direction === "descending" }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = functionalUpdate(updater, sorting);
    if (next) onSort({ key: next.id as K, direction: next.desc ? "descending" : "ascending" });
  };
  return {
    sorting,
    options: {
      onSortingChange,
      enableMultiSort: false,
      enableSortingRemoval: false,
      sortDescFirst: false,
      getRowId: (row: { id: string }) => row.id,
    },
  };
}

/** A whole table, sorted: `table.getRowModel().rows`. */
export function useSortedTable<T extends Row, K extends string>(input: SortableTableInput<SortedFeatures, T, K>) {
  const { sorting, options } = sortingOptions(input);
  return useTable<SortedFeatures, T>({
    ...options,
    features: sortedFeatures,
    columns: input.columns,
    data: input.rows,
    state: { sorting },
  });
}

/** Which rows a page shows, from 1; `first` and `last` are 1-based (0, 0 when there are none). */
export interface Page {
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** Page `page` of `total` rows, `size` to a page, the page number clamped into range (an empty table has one page). */
export function pageOf(total: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const last = Math.min(start + size, total);
  return { page: current, pages, first: last > start ? start + 1 : 0, last, total };
}

/** A table a page at a time: `table.getRowModel()` is the page, `getPrePaginatedRowModel()` every row in order. */
export function usePagedTable<T extends Row, K extends string>(
  input: SortableTableInput<PagedFeatures, T, K> & { page: Page; size: number; onPage: (page: number) => void },
) {
  const { sorting, options } = sortingOptions(input);
  const pagination = { pageIndex: input.page.page - 1, pageSize: input.size };
  return useTable<PagedFeatures, T>({
    ...options,
    features: pagedFeatures,
    columns: input.columns,
    data: input.rows,
    state: { sorting, pagination },
    onPaginationChange: (updater) => input.onPage(functionalUpdate(updater, pagination).pageIndex + 1),
    // The page lives in the URL: a new sort or filter goes back to page 1 there, not here.
    autoResetPageIndex: false,
  });
}
