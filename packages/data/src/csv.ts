import Papa from "papaparse";
import type { DataFileName } from "./files.js";
import type { ProblemLog } from "./problem.js";

/** One well-formed data row: its 1-based number (header excluded) and its cells by column name. */
export interface CsvRow<C extends string> {
  row: number;
  cells: Record<C, string>;
}

/**
 * Reads one of the dataset's CSVs (RFC 4180, read by papaparse: quoted fields may hold commas, quotes and
 * line breaks; LF, CRLF or both) whose header must be exactly `columns`. Returns its data rows (row 1 is
 * the first record after the header); rows of the wrong width are logged and left out, a wrong header gives
 * no rows, and so does text papaparse cannot read (an unclosed quote), logged with its row.
 */
export function readCsv<C extends string>(file: DataFileName, text: string, columns: readonly C[], log: ProblemLog): CsvRow<C>[] {
  // Line ends are made LF first: a file edited by hand may mix them (population.csv came with CRLF).
  const parsed = Papa.parse<string[]>(text.replace(/\r\n/g, "\n"), { header: false, newline: "\n", skipEmptyLines: false });
  for (const error of parsed.errors) log.at(file, error.row ?? null, "csv", error.message);
  if (parsed.errors.length > 0) return [];
  const records = parsed.data;
  if (records.length > 0 && records.at(-1)!.join("") === "" && records.at(-1)!.length === 1) records.pop();
  const [header = [], ...dataRecords] = records;
  if (header.join(",") !== columns.join(",")) {
    log.at(file, null, "header", `expected "${columns.join(",")}", found "${header.join(",")}"`);
    return [];
  }
  const rows: CsvRow<C>[] = [];
  dataRecords.forEach((cells, i) => {
    if (cells.length === columns.length) {
      const named = Object.fromEntries(columns.map((name, c) => [name, cells[c] ?? ""]));
      rows.push({ row: i + 1, cells: named as Record<C, string> });
    } else {
      log.at(file, i + 1, "row", `has ${cells.length} cells, expected ${columns.length}`);
    }
  });
  return rows;
}
