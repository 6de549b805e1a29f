import type { IsoDate, MapLevel } from "@scomm/core";
import { useId } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import { saveBlob } from "../../export/rasterise.js";
import { tableCsv, tableCsvName } from "../table-csv.js";
import type { TableRow } from "../table-series.js";

interface TableDownloadProps {
  /** Every row the filters keep, in the table's order (all pages). */
  rows: readonly TableRow[];
  level: MapLevel;
  /** The state filter, named in the file's name. */
  state: string | null;
  /** The rows' date. */
  date: IsoDate;
  /** The rows of a new date are on their way: nothing to download yet. */
  busy: boolean;
}

/** "Download these rows (CSV)": exactly what the table holds, columns as shown, in the reader's language. */
export function TableDownload({ rows, level, state, date, busy }: TableDownloadProps) {
  const i18n = useI18n();
  const noteId = useId();
  const download = () => {
    const csv = tableCsv(rows, level, date, i18n);
    saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), tableCsvName(level, state, date));
  };
  return (
    <div className="table-download">
      <button
        type="button"
        className="view-button"
        onClick={download}
        disabled={busy || rows.length === 0}
        aria-describedby={noteId}
        data-testid="table-download"
      >
        <span aria-hidden="true">↓ </span>
        {i18n.m.table.download}
      </button>
      <p id={noteId} className="table-download__note">
        {i18n.fill(i18n.m.table.downloadNote, { date: i18n.date(date) })}
      </p>
    </div>
  );
}
