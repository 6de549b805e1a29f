import type { DataFileName } from "./files.js";
import type { ProblemLog } from "./problem.js";

/** One well-formed data row: its 1-based number (header excluded) and its cells by column name. */
export interface CsvRow<C extends string> {
  row: number;
  cells: Record<C, string>;
}

/**
 * Reads one of the dataset's plain CSVs (comma-separated, no quoted fields, LF or CRLF line ends)
 * whose header must be exactly `columns`. Returns its data rows (row 1 is the first line after the
 * header); rows of the wrong width are logged and left out, a wrong header gives no rows.
 */
export function readCsv<C extends string>(
  file: DataFileName,
  text: string,
  columns: readonly C[],
  log: ProblemLog,
): CsvRow<C>[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const [headerLine = "", ...dataLines] = lines;
  if (headerLine !== columns.join(",")) {
    log.at(file, null, "header", `expected "${columns.join(",")}", found "${headerLine}"`);
    return [];
  }
  const rows: CsvRow<C>[] = [];
  dataLines.forEach((line, i) => {
    const cells = line.split(",");
    if (cells.length === columns.length) {
      const named = Object.fromEntries(columns.map((name, c) => [name, cells[c] ?? ""]));
      rows.push({ row: i + 1, cells: named as Record<C, string> });
    } else {
      log.at(file, i + 1, "row", `has ${cells.length} cells, expected ${columns.length}`);
    }
  });
  return rows;
}
