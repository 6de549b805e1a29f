import { SPREADSHEET_FORMULA } from "@scomm/core";
import Papa from "papaparse";

/**
 * CSV for spreadsheets, written by papaparse (the library the web's table download uses too): UTF-8 with a
 * byte-order mark (so Excel reads it as UTF-8), CRLF line ends, RFC 4180 quoting, and text a spreadsheet
 * would run as a formula (core's SPREADSHEET_FORMULA) prefixed with an apostrophe, as OWASP advises.
 * Numbers pass untouched (a negative count is data); a number that is not finite is an empty cell.
 */
export type Cell = string | number | null;

export const BOM = "\uFEFF";

const cell = (value: Cell): string | number | null => (typeof value === "number" && !Number.isFinite(value) ? null : value);

/** The whole file: BOM, header, one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const data = Array.from(rows, (row) => row.map(cell));
  return `${BOM}${Papa.unparse({ fields: [...header], data }, { escapeFormulae: SPREADSHEET_FORMULA, newline: "\r\n" })}\r\n`;
}
