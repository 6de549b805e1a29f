import type { SortDirection as ColumnSortDirection } from "@tanstack/react-table";
import type { ReactNode } from "react";

/** What a header needs of its column: its id, how it is sorted now, and what a press does. */
export interface SortableColumn {
  id: string;
  getIsSorted: () => ColumnSortDirection | false;
  getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
}

interface SortHeaderProps {
  column: SortableColumn;
  label: ReactNode;
  className: string;
  buttonClassName?: string;
  markClassName: string;
}

/** A sortable column's header: aria-sort on the sorted one, a button that flips or moves the sort, and a mark (▲ ▼, ↕ when not sorted). */
export function SortHeader({ column, label, className, buttonClassName, markClassName }: SortHeaderProps) {
  const sorted = column.getIsSorted();
  return (
    <th scope="col" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <button type="button" className={buttonClassName} data-sort-key={column.id} onClick={column.getToggleSortingHandler()}>
        {label}
        <span className={markClassName} aria-hidden="true">
          {sorted ? (sorted === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

interface SortHeaderRowProps extends Omit<SortHeaderProps, "column" | "label" | "className"> {
  columns: readonly SortableColumn[];
  label: (columnId: string) => ReactNode;
  className: (columnId: string) => string;
}

/** A table's head: one sortable header per column, in order. */
export function SortHeaderRow({ columns, label, className, ...marks }: SortHeaderRowProps) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <SortHeader key={column.id} column={column} label={label(column.id)} className={className(column.id)} {...marks} />
        ))}
      </tr>
    </thead>
  );
}
