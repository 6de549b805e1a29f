import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { indexesOf, statusesAt } from "@scomm/core";
import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState, type HistoryMode } from "../../../lib/location.js";
import { useTRPCClient } from "../../../lib/trpc.js";
import { everyEventQuery, type ListedEvent } from "../../../lib/use-events.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import type { ViewState } from "../../../lib/view-state.js";
import { STANCE_EVENT_TYPES, stanceLayersAt, stanceModel } from "../stance-layers.js";
import { filterRows, tableRows } from "../table-series.js";
import { chosenSort, pageOf, sortFor, sortRows } from "../table-sort.js";
import { JurisdictionTable } from "./jurisdiction-table.js";
import { TableFilters } from "./table-filters.js";
import { TablePagination } from "./table-pagination.js";
import { useJurisdictions, useStateOptions } from "./use-states.js";
import "../view.css";
import "../table.css";

export const PAGE_SIZE = 100;

/** Every stance event, once all the per-type queries have answered. */
function allEvents(results: readonly { data?: ListedEvent[] | undefined }[]): ListedEvent[] | null {
  return results.every((r) => r.data) ? results.flatMap((r) => r.data!) : null;
}

/**
 * Every county (or state) with its status on the view's date, sortable and filterable, a page at a time.
 * Sort, filters and page live in the URL: typing replaces the history entry, each click pushes one.
 */
export function TablePage() {
  const [view, setView] = useViewState();
  const i18n = useI18n();
  const client = useTRPCClient();
  const timeline = useStatusTimeline();
  const jurisdictions = useJurisdictions();
  const states = useStateOptions();
  const stanceEvents = useQueries({
    queries: STANCE_EVENT_TYPES.map((type) => everyEventQuery(client, { type })),
    combine: allEvents,
  });
  const { level, q: text, filter: category } = view;
  useDocumentTitle(i18n.fill(i18n.m.documentTitle, { page: i18n.m.table.title[level] }));
  const sort = useMemo(() => sortFor(level, view.sort), [level, view.sort]);
  const t = timeline.data;

  const model = useMemo(() => (jurisdictions.data && stanceEvents ? stanceModel(jurisdictions.data, stanceEvents) : null), [jurisdictions.data, stanceEvents]);
  const byId = useMemo(() => new Map((jurisdictions.data ?? []).map((j) => [j.id, j])), [jurisdictions.data]);
  const rows = useMemo(() => {
    if (!t || !jurisdictions.data) return null;
    const layers = model ? (id: string) => stanceLayersAt(model, id, view.date) : null;
    const state = level === "county" ? (view.state ?? undefined) : undefined;
    return tableRows(t, indexesOf(t, level, state), statusesAt(t, view.date), byId, layers);
  }, [t, jurisdictions.data, model, byId, level, view.state, view.date]);
  const sorted = useMemo(() => rows && sortRows(filterRows(rows, { text, category }), sort), [rows, text, category, sort]);
  const current = sorted && pageOf(sorted, view.page, PAGE_SIZE);
  const error = timeline.error ?? jurisdictions.error;
  /** Any change of filter, level or sort starts again from the first page. */
  const filtered = (next: Partial<ViewState>, mode: HistoryMode) => setView({ ...next, page: 1 }, mode);

  return (
    <main id="main" tabIndex={-1} className="table-page view-page" aria-labelledby="table-title">
      <header className="view-head">
        <h2 id="table-title" className="view-head__title">
          {i18n.m.table.title[level]}
        </h2>
        <p className="view-head__lede">{i18n.fill(i18n.m.table.lede, { date: i18n.date(view.date) })}</p>
      </header>
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
      {current ? (
        <>
          <JurisdictionTable page={current} level={level} date={view.date} sort={sort} onSort={(next) => filtered({ sort: chosenSort(level, next) }, "push")} />
          <TablePagination page={current} level={level} onPage={(page) => setView({ page }, "push")} />
        </>
      ) : (
        <p className="view-placeholder" role="status">
          {error ? i18n.fill(i18n.m.loadFailed, { message: error.message }) : i18n.m.table.loading}
        </p>
      )}
    </main>
  );
}
