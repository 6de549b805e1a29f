import type { IsoDate, MapLevel } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Page } from "../../../lib/table-model/sortable-table.js";
import { SortHeaderRow } from "../../../lib/table-model/sort-header.js";
import type { TableSort, TableSortKey } from "../../../lib/view-state.js";
import { columnHeader } from "../table-columns.js";
import { JurisdictionRow } from "./jurisdiction-row.js";
import { useRowCount } from "./table-pagination.js";
import type { JurisdictionTableModel } from "./use-jurisdiction-table.js";

interface JurisdictionTableProps {
  /** The table model: its headers and the page's rows. */
  table: JurisdictionTableModel;
  page: Page;
  level: MapLevel;
  date: IsoDate;
  /** The order the model sorts by, named in the caption. */
  sort: TableSort;
  /** While the rows of a new date are on their way (these are still the old date's). */
  busy: boolean;
}

/** One page of the table on `date` (the rows' own): a real <table> with a caption, sortable column headers and a link per row. */
export function JurisdictionTable({ table, page, level, date, sort, busy }: JurisdictionTableProps) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const header = (key: TableSortKey) => columnHeader(i18n, key, level, date);
  const count = useRowCount(page, level);
  const sortedBy = fill(m.table.sortedBy, { column: header(sort.key), direction: m.table[sort.direction] });
  return (
    <div className="table-wrap" role="region" aria-label={m.table.title[level]} tabIndex={0}>
      <p className="table-count" aria-hidden="true">
        {count}
      </p>
      <table
        className="data-table jurisdiction-table"
        data-testid="jurisdiction-table"
        data-level={level}
        data-date={date}
        aria-busy={busy || undefined}
      >
        <caption>{fill(m.table.caption[level], { date: i18n.date(date), sort: sortedBy })}</caption>
        <SortHeaderRow
          columns={table.getAllLeafColumns()}
          label={(id) => header(id as TableSortKey)}
          className={(id) => `col-${id}`}
          buttonClassName="sort-button"
          markClassName="sort-button__mark"
        />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <JurisdictionRow key={row.id} row={row.original} level={level} date={date} />
          ))}
        </tbody>
      </table>
      {page.total === 0 && <p className="table-empty">{m.table.none}</p>}
    </div>
  );
}
