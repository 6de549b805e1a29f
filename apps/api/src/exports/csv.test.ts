import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "./csv.js";

/** Parse as a spreadsheet-minded reader would: BOM off, RFC 4180 quoting, CRLF rows. */
function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const { data, errors } = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: false });
  expect(errors).toEqual([]);
  expect(data.at(-1)).toEqual([""]);
  return data.slice(0, -1);
}

const HOSTILE = [
  'He said "no", then left',
  "line one\nline two\r\nline three",
  "Doña Ana County, NM",
  "Añasco, Peñuelas, Mayagüez; Ōtsu — “quotes” ‘single’",
  "🙂 emoji 👩🏽‍⚖️ and ZWJ",
  "  leading and trailing spaces  ",
  "comma, comma,,",
  "",
  "'already quoted",
];
const FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd", "=1,2\n3"];

describe("CSV writer", () => {
  it("starts with a BOM and ends each row with CRLF, quoting only what needs it", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["1", 2],
          [null, "x,y"],
        ],
      ),
    ).toBe(`${BOM}a,b\r\n1,2\r\n,"x,y"\r\n`);
    expect(toCsv(["q"], [['say "hi"'], ["two\nlines"], [-5], [Number.NaN]])).toBe(`${BOM}q\r\n"say ""hi"""\r\n"two\nlines"\r\n-5\r\n\r\n`);
  });

  it("neutralises every cell a spreadsheet would run as a formula, and nothing else", () => {
    const safe = ["2011-07-01", "Cook County", "a=b", "x-y", "e@mail", " =spaced"];
    const rows = parse(
      toCsv(
        ["cell"],
        [...FORMULAS, ...safe].map((f) => [f]),
      ),
    );
    expect(rows.slice(1).map((r) => r[0])).toEqual([...FORMULAS.map((f) => `'${f}`), ...safe]);
    for (const [cell] of rows.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("round-trips quotes, commas, line breaks, accents and emoji exactly", () => {
    const rows = HOSTILE.map((text, i) => [String(i), text, i]);
    const parsed = parse(toCsv(["id", "text", "n"], rows));
    expect(parsed[0]).toEqual(["id", "text", "n"]);
    expect(parsed.slice(1)).toEqual(rows.map(([id, text, n]) => [id, text, String(n)]));
  });
});
