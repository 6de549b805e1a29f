import { describe, expect, it } from "vitest";
import { readCsv } from "./csv.js";
import { ProblemLog } from "./problem.js";

const FILE = "population.csv" as const;
const COLUMNS = ["fips", "name", "population"] as const;

function read(text: string) {
  const log = new ProblemLog();
  const rows = readCsv(FILE, text, COLUMNS, log);
  return {
    rows: rows.map((r) => [r.row, r.cells.fips, r.cells.name, r.cells.population]),
    problems: log.problems.map((p) => [p.row, p.field]),
  };
}

describe("readCsv", () => {
  it("reads plain rows with LF or CRLF line ends, numbering data rows from 1", () => {
    const expected = [
      [1, "17031", "Cook County", "5194675"],
      [2, "06085", "Santa Clara County", "1781642"],
    ];
    expect(read("fips,name,population\n17031,Cook County,5194675\n06085,Santa Clara County,1781642\n").rows).toEqual(expected);
    expect(read("fips,name,population\r\n17031,Cook County,5194675\r\n06085,Santa Clara County,1781642").rows).toEqual(expected);
  });

  it("reads quoted fields holding commas, quotes and line breaks", () => {
    const text = 'fips,name,population\n51013,"Arlington County, VA","said ""yes""\nthen no"\n';
    expect(read(text)).toEqual({ rows: [[1, "51013", "Arlington County, VA", 'said "yes"\nthen no']], problems: [] });
  });

  it("leaves out and logs rows of the wrong width, a wrong header and an unclosed quote", () => {
    expect(read("fips,name,population\n17031,Cook County\n06085,Santa Clara County,1781642\n")).toEqual({
      rows: [[2, "06085", "Santa Clara County", "1781642"]],
      problems: [[1, "row"]],
    });
    expect(read("fips,population,name\n17031,1,Cook\n")).toEqual({ rows: [], problems: [[null, "header"]] });
    expect(read('fips,name,population\n17031,"Cook County,5194675\n').rows).toEqual([]);
    expect(read('fips,name,population\n17031,"Cook County,5194675\n').problems[0]?.[1]).toBe("csv");
  });
});
