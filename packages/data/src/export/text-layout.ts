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

/** A file's lines without their ends (and without the empty line after a final newline). */
export function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
