import type { DataFileName } from "./files.js";

/** One thing wrong with the dataset, named precisely enough to fix by hand. */
export interface Problem {
  file: DataFileName;
  /** 1-based data row of a CSV (header excluded) or array index + 1 of a JSON file; null for the file as a whole. */
  row: number | null;
  /** The column, or the dotted path inside a JSON row, e.g. "sources[0].url". */
  field: string;
  reason: string;
}

/** `sc-events.json row 12 field "date": 2011-02-30 is not a real calendar date` */
export function formatProblem(p: Problem): string {
  const row = p.row === null ? "" : ` row ${p.row}`;
  return `${p.file}${row} field "${p.field}": ${p.reason}`;
}

/** Collects problems for one file; `at(row, field, reason)` reads like the message it makes. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  at(file: DataFileName, row: number | null, field: string, reason: string): void {
    this.problems.push({ file, row, field, reason });
  }

  /** Records `reason` when it is a string (checks return null when all is well). */
  check(file: DataFileName, row: number | null, field: string, reason: string | null): void {
    if (reason !== null) this.at(file, row, field, reason);
  }
}
