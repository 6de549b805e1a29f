import { SPREADSHEET_FORMULA, type IsoDate, type MapLevel } from "@scomm/core";
import Papa from "papaparse";
import type { I18n } from "../../lib/i18n/use-i18n.js";
import type { TableSortKey } from "../../lib/view-state.js";
import { exportFileName } from "../export/figure-input.js";
import { columnHeader, TABLE_COLUMNS } from "./table-columns.js";
import { stanceActor, type StanceCell, type TableRow } from "./table-series.js";

/** A byte-order mark, so a spreadsheet reads the file as UTF-8 (accents, "Doña Ana"). */
const BOM = "\uFEFF";

/** A stance as three cells: the word, since when (YYYY-MM-DD) and who took it; "none" shows only its word, as on screen. */
function stanceCells(cell: StanceCell | null, i18n: I18n): string[] {
  if (!cell) return ["", "", ""];
  if (cell.stance === "none") return [i18n.m.table.stances.none, "", ""];
  return [i18n.m.table.stances[cell.stance], cell.since ?? "", stanceActor(cell, i18n.lang)?.text ?? ""];
}

/** What each column of the table writes: one cell, or three for a stance. Dates as YYYY-MM-DD, which spreadsheets sort. */
const CELLS: Record<TableSortKey, (row: TableRow, i18n: I18n) => string[]> = {
  name: (row, i18n) => [i18n.place(row.name)],
  state: (row, i18n) => [row.stateName ? i18n.place(row.stateName) : ""],
  category: (row, i18n) => [i18n.m.categories[row.category]],
  activation: (row) => [row.activationDate ?? ""],
  stateStance: (row, i18n) => stanceCells(row.stateStance, i18n),
  countyStance: (row, i18n) => stanceCells(row.countyStance, i18n),
};

function headers(i18n: I18n, level: MapLevel, date: IsoDate): string[] {
  const { csv } = i18n.m.table;
  return TABLE_COLUMNS[level].flatMap((key) => {
    const column = columnHeader(i18n, key, level, date);
    return key === "stateStance" || key === "countyStance"
      ? [column, i18n.fill(csv.since, { column }), i18n.fill(csv.actor, { column })]
      : [column];
  });
}

/**
 * The rows as a spreadsheet opens them: the table's columns in the reader's language, FIPS first, one line
 * per row in the order given, each ended by CRLF. Papa Parse quotes what needs it and neutralises cells a spreadsheet would run
 * as a formula (=, +, -, @: an apostrophe in front), as the api's data files do.
 */
export function tableCsv(rows: readonly TableRow[], level: MapLevel, date: IsoDate, i18n: I18n): string {
  const data = rows.map((row) => [row.id, ...TABLE_COLUMNS[level].flatMap((key) => CELLS[key](row, i18n))]);
  const body = Papa.unparse(
    { fields: [i18n.m.table.csv.fips, ...headers(i18n, level, date)], data },
    { escapeFormulae: SPREADSHEET_FORMULA, newline: "\r\n" },
  );
  // Every line ends with CRLF, the last too, as in the api's data files.
  return `${BOM}${body}\r\n`;
}

/** "scomm-atlas-table-36-2012-06-01-county.csv": the table, its state filter, its date and its level. */
export function tableCsvName(level: MapLevel, state: string | null, date: IsoDate): string {
  return exportFileName({ kind: "table", place: level === "county" ? state : null, date, detail: level }, "csv");
}
