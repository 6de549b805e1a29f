import Papa from "papaparse";

/**
 * How one of the dataset's text files is laid out: its JSON indent, its line ends and whether it ends with one.
 * Read from the file as it is, so that writing the same content back gives the same bytes.
 */
export interface TextLayout {
  /** The JSON indent (the files use 1 or 2 spaces); 0 for a CSV. */
  indent: number;
  newline: "\n" | "\r\n";
  finalNewline: boolean;
}

export function layoutOf(text: string): TextLayout {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const secondLine = text.split(newline)[1] ?? "";
  return { indent: secondLine.length - secondLine.trimStart().length, newline, finalNewline: text.endsWith(newline) };
}

/** A JSON value written as JSON.stringify writes it with the layout's indent, line ends and final newline. */
export function writeJson(value: unknown, layout: TextLayout): string {
  return writeLines(JSON.stringify(value, null, layout.indent).split("\n"), layout);
}

/** Lines joined with the layout's line end, and one after the last if the layout has it. */
export function writeLines(lines: readonly string[], layout: TextLayout): string {
  return lines.join(layout.newline) + (layout.finalNewline ? layout.newline : "");
}

/** A CSV's records (header first) as papaparse reads them (csv.ts reads the files the same way). */
export function csvRecords(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/\r\n/g, "\n"), { header: false, newline: "\n", skipEmptyLines: true }).data;
}

/** CSV records written one per line in the layout; a cell is quoted only when it must be (papaparse), so plain rows read as before. */
export function writeCsv(records: readonly string[][], layout: TextLayout): string {
  return writeLines(
    records.map((record) => Papa.unparse([record], { newline: "\n" })),
    layout,
  );
}
