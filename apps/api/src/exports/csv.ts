/**
 * CSV as RFC 4180 writes it, for spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
 * CRLF line ends, fields quoted when they hold a quote, comma or line break, and text that a spreadsheet
 * would run as a formula neutralised.
 */
export type Cell = string | number | null;

export const BOM = "\uFEFF";

/** A cell a spreadsheet would read as a formula (=, +, -, @) or that starts with a tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefix formula-like text with an apostrophe, the OWASP advice: spreadsheets then show it as text and the
 * original is the value less its first character. Numbers pass untouched (a negative count is data).
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutralise(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(",");
}

/** The whole file: BOM, header, one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
