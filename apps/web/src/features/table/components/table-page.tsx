import { todayIso } from "@scomm/core";
import { useMemo } from "react";
import { ViewHead } from "../../../components/view-head.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState, type HistoryMode } from "../../../lib/location.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import type { ViewState } from "../../../lib/view-state.js";
import { sortFor } from "../table-columns.js";
import { stateOptions } from "../table-series.js";
import { JurisdictionTable } from "./jurisdiction-table.js";
import { TableDate } from "./table-date.js";
import { TableDownload } from "./table-download.js";
import { TableFilters } from "./table-filters.js";
import { TablePagination } from "./table-pagination.js";
import { useJurisdictionTable } from "./use-jurisdiction-table.js";
import { useTableRows } from "./use-table-rows.js";
import "../view.css";
import "../table.css";

/**
 * Every county (or state) with its status on the view's date, as the api answers it (`status.table`):
 * sortable, filterable, a page at a time, and downloadable as it stands. Date, sort, filters and page live
 * in the URL: typing and dragging replace the history entry, each click pushes one.
 */
export function TablePage() {
  const [view, setView] = useViewState();
  const i18n = useI18n();
  const today = useMemo(() => todayIso(), []);
  const { level, q: text, filter: category } = view;
  const state = level === "county" ? view.state : null;
  useDocumentTitle(i18n.fill(i18n.m.documentTitle, { page: i18n.m.table.title[level] }));
  const answer = useTableRows(view.date, level);
  const data = answer.data;
  const sort = useMemo(() => sortFor(level, view.sort), [level, view.sort]);
  const states = useMemo(() => (data ? stateOptions(data.rows) : []), [data]);
  /** Any change of filter, level or sort starts again from the first page. */
  const filtered = (next: Partial<ViewState>, mode: HistoryMode) => setView({ ...next, page: 1 }, mode);
  const { table, page, sorted } = useJurisdictionTable({
    rows: data?.rows,
    level,
    filter: { text, category, state },
    lang: i18n.lang,
    sort,
    page: view.page,
    onSort: (next) => filtered({ sort: next }, "push"),
    onPage: (next) => setView({ page: next }, "push"),
  });
  const busy = !data || data.date !== view.date;

  return (
    <main id="main" tabIndex={-1} className="table-page view-page" aria-labelledby="table-title">
      <ViewHead id="table-title" title={i18n.m.table.title[level]} lede={i18n.fill(i18n.m.table.lede, { date: i18n.date(view.date) })} />
      <TableDate date={view.date} today={today} onChange={(date, mode) => setView({ date }, mode)} />
      <TableFilters
        level={level}
        text={text}
        category={category}
        state={view.state}
        states={states}
        onLevel={(next) => filtered({ level: next, sort: null }, "push")}
        onText={(next) => filtered({ q: next }, "replace")}
        onCategory={(next) => filtered({ filter: next }, "push")}
        onState={(next) => filtered({ state: next }, "push")}
        onClear={() => filtered({ q: "", filter: null, state: null }, "push")}
      />
      {data ? (
        <>
          <TableDownload rows={sorted} level={level} state={state} date={data.date} busy={busy} />
          <JurisdictionTable table={table} page={page} level={level} date={data.date} sort={sort} busy={busy} />
          <TablePagination page={page} level={level} onPage={(next) => table.setPageIndex(next - 1)} />
        </>
      ) : (
        <p className="view-placeholder" role="status">
          {answer.error ? i18n.fill(i18n.m.loadFailed, { message: answer.error.message }) : i18n.m.table.loading}
        </p>
      )}
    </main>
  );
}
