import type { CsvFileName, DataFileName, DatasetFiles, EventFileName } from "./files.js";
import { readDatasetFiles } from "./files.js";
import type { Problem } from "./problem.js";

/** Tests pin the reader's date so "in the future" never depends on when they run. */
export const TODAY = "2026-11-27";

const real = readDatasetFiles();

/** A fresh in-memory copy of the real files (event files deep-copied, so tests may mutate them). */
export function realFiles(): DatasetFiles {
  return structuredClone(real);
}

type RawRow = Record<string, unknown> & { jurisdiction: Record<string, unknown>; sources: Record<string, unknown>[] };

/** A copy whose events file has `edit` applied to its row `row` (1-based, as problems count). */
export function withEventRow(file: EventFileName, row: number, edit: (raw: RawRow) => void) {
  const files = realFiles();
  edit((files[file] as RawRow[])[row - 1] as RawRow);
  return files;
}

/** A copy whose CSV `file` has data row `row` (1-based) replaced by `line`, or removed when `line` is null. */
export function withCsvRow(file: CsvFileName, row: number, line: string | null) {
  const files = realFiles();
  const lines = files[file].split("\n");
  lines.splice(row, 1, ...(line === null ? [] : [line]));
  files[file] = lines.join("\n");
  return files;
}

export function problem(file: DataFileName, row: number | null, field: string, reason: string): Problem {
  return { file, row, field, reason };
}
