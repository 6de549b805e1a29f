import type { IsoDate, MapLevel } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { TableSort, TableSortKey } from "../../../lib/view-state.js";
import { columnHeader } from "../table-columns.js";
import type { TableRow } from "../table-series.js";
import { nextSort, TABLE_COLUMNS, type Page } from "../table-sort.js";
import { JurisdictionRow } from "./jurisdiction-row.js";
import { useRowCount } from "./table-pagination.js";

interface JurisdictionTableProps {
  page: Page<TableRow>;
  level: MapLevel;
  date: IsoDate;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  /** While the rows of a new date are on their way (these are still the old date's). */
  busy: boolean;
}

/** One page of the table on `date` (the rows' own): a real <table> with a caption, sortable column headers and a link per row. */
export function JurisdictionTable({ page, level, date, sort, onSort, busy }: JurisdictionTableProps) {
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
        <thead>
          <tr>
            {TABLE_COLUMNS[level].map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined} className={`col-${key}`}>
                <button type="button" className="sort-button" data-sort-key={key} onClick={() => onSort(nextSort(sort, key))}>
                  {header(key)}
                  <span className="sort-button__mark" aria-hidden="true">
                    {sort.key === key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <JurisdictionRow key={row.id} row={row} level={level} date={date} />
          ))}
        </tbody>
      </table>
      {page.total === 0 && <p className="table-empty">{m.table.none}</p>}
    </div>
  );
}
