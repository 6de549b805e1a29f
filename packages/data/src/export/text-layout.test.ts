import { describe, expect, it } from "vitest";
import { csvRecords, layoutOf, writeCsv, writeJson } from "./text-layout.js";

describe("text layout", () => {
  it("reads indent, line ends and the final newline from the file as it is", () => {
    expect(layoutOf('[\n {\n  "id": "x"\n }\n]')).toEqual({ indent: 1, newline: "\n", finalNewline: false });
    expect(layoutOf("a,b\r\n1,2\r\n")).toEqual({ indent: 0, newline: "\r\n", finalNewline: true });
  });

  it("writes JSON and CSV back in that layout, quoting a cell only when it must", () => {
    expect(writeJson([{ id: "x" }], { indent: 1, newline: "\n", finalNewline: false })).toBe('[\n {\n  "id": "x"\n }\n]');
    const records = [
      ["fips", "county"],
      ["02020", 'Anchorage, "Municipality of"'],
    ];
    const text = writeCsv(records, { indent: 0, newline: "\r\n", finalNewline: true });
    expect(text).toBe('fips,county\r\n02020,"Anchorage, ""Municipality of"""\r\n');
    expect(csvRecords(text)).toEqual(records);
  });
});
