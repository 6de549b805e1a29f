import { toCsv, type Cell } from "./csv.js";

/** One column of a published CSV: its name, what it means (printed in the README) and how to fill it. */
export interface Column<R> {
  name: string;
  meaning: string;
  value: (row: R) => Cell;
}

/** A published CSV described once: the README and the file itself are written from this. */
export interface DataFileSpec<R> {
  /** File name under /data/. */
  name: string;
  about: string;
  columns: readonly Column<R>[];
}

export function column<R>(name: string, meaning: string, value: (row: R) => Cell): Column<R> {
  return { name, meaning, value };
}

export function csvOf<R>(spec: DataFileSpec<R>, rows: Iterable<R>): string {
  const cells = function* () {
    for (const row of rows) yield spec.columns.map((c) => c.value(row));
  };
  return toCsv(
    spec.columns.map((c) => c.name),
    cells(),
  );
}
