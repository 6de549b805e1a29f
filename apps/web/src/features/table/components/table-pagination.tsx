import type { MapLevel } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import type { Page } from "../../../lib/table-model/sortable-table.js";

/** "1–100 of 3,142 counties". */
export function useRowCount(page: Page, level: MapLevel): string {
  const { m, fill, number } = useI18n();
  return fill(m.table.rowCount, {
    first: number(page.first),
    last: number(page.last),
    total: number(page.total),
    unit: m.table.unit[level],
  });
}

/** The rows shown and the page steps. */
export function TablePagination({ page, level, onPage }: { page: Page; level: MapLevel; onPage: (page: number) => void }) {
  const { m, fill, number } = useI18n();
  const count = useRowCount(page, level);
  const go = (next: number) => {
    onPage(next);
    document.getElementById("table-title")?.scrollIntoView({ block: "start" });
  };
  return (
    <nav className="table-pagination" aria-label={m.table.pagination}>
      <p className="table-pagination__count" data-testid="table-row-count" data-total={page.total} aria-live="polite">
        {count}
      </p>
      <div className="table-pagination__steps">
        <button type="button" className="view-button" onClick={() => go(page.page - 1)} disabled={page.page <= 1}>
          <span aria-hidden="true">‹ </span>
          {m.table.previous}
        </button>
        <span className="table-pagination__page">{fill(m.table.page, { page: number(page.page), pages: number(page.pages) })}</span>
        <button type="button" className="view-button" onClick={() => go(page.page + 1)} disabled={page.page >= page.pages}>
          {m.table.next}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
    </nav>
  );
}
