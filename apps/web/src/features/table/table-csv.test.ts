/// <reference types="node" />
import { buildStatusModel, statusRowsAt } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { i18nFor } from "../../lib/i18n/use-i18n.js";
import { tableCsv, tableCsvName } from "./table-csv.js";
import type { TableRow } from "./table-series.js";

const model = buildStatusModel(loadDataset());
const kings = statusRowsAt(model, "2012-06-01", "county").find((r) => r.id === "36047")!;
const illinois = statusRowsAt(model, "2012-06-01", "state").find((r) => r.id === "17")!;
/** The lines after the BOM, each ended by CRLF. */
const lines = (csv: string) => {
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv.slice(1, -2).split("\r\n");
};

describe("tableCsv", () => {
  it("writes a county as the table shows it: FIPS, the columns in order, each stance as word, since and who", () => {
    const csv = tableCsv([kings], "county", "2012-06-01", i18nFor("en"));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines(csv)).toEqual([
      'FIPS,Name,State,"Status on June 1, 2012",Switched on,State’s stance,State’s stance: since,State’s stance: taken by,County or city stance,County or city stance: since,County or city stance: taken by',
      "36047,Kings County,New York,Activated over objection,2012-05-15,Objects,2011-06-01,Governor Andrew Cuomo,Limits cooperation,2011-11-22,New York City Council; Mayor Michael Bloomberg",
    ]);
  });

  it("writes Spanish headings, names, labels and actors for a Spanish reader", () => {
    const [head, row] = Papa.parse<string[]>(tableCsv([kings], "county", "2012-06-01", i18nFor("es")).slice(1)).data;
    expect(head!.slice(0, 5)).toEqual(["Código FIPS", "Nombre", "Estado", "Situación el 1 de junio de 2012", "Activado"]);
    expect(head![7]).toBe("Postura del estado: adoptada por");
    expect(row).toEqual([
      "36047",
      "Condado de Kings",
      "Nueva York",
      "Activado pese a su objeción",
      "2012-05-15",
      "Se opone",
      "2011-06-01",
      "El gobernador Andrew Cuomo",
      "Limita la cooperación",
      "2011-11-22",
      "El Concejo Municipal de Nueva York; el alcalde Michael Bloomberg",
    ]);
  });

  it("has no state or county layer columns for a state, whose switch-on is its first county's", () => {
    const [head, row] = Papa.parse<string[]>(tableCsv([illinois], "state", "2012-06-01", i18nFor("en")).slice(1)).data;
    expect(head).toEqual([
      "FIPS",
      "Name",
      "Status on June 1, 2012",
      "First county switched on",
      "State’s stance",
      "State’s stance: since",
      "State’s stance: taken by",
    ]);
    expect(row!.slice(0, 5)).toEqual(["17", "Illinois", "Activated over objection", "2009-11-24", "Objects"]);
  });

  it("leaves since and who empty for no stance, and an unknown switch-on empty", () => {
    const quiet: TableRow = {
      ...kings,
      activationDate: null,
      countyStance: { stance: "none", since: "2014-01-01", actor: "A sheriff", actorEs: null },
    };
    const [, row] = Papa.parse<string[]>(tableCsv([quiet], "county", "2012-06-01", i18nFor("en")).slice(1)).data;
    expect(row!.slice(4)).toEqual(["", "Objects", "2011-06-01", "Governor Andrew Cuomo", "None", "", ""]);
  });

  it("neutralises text a spreadsheet would run as a formula, and quotes commas and quotes", () => {
    const hostile: TableRow = { ...kings, name: '=HYPERLINK("http://x.example","click")', stateName: '+1, "two"' };
    const line = lines(tableCsv([hostile], "county", "2012-06-01", i18nFor("en")))[1]!;
    expect(line.startsWith(`36047,"'=HYPERLINK(""http://x.example"",""click"")","'+1, ""two"""`)).toBe(true);
  });

  it("neutralises a formula followed by a line break, which papaparse's default pattern lets through", () => {
    const hostile: TableRow = { ...kings, name: "=1+1\nKings" };
    const csv = tableCsv([hostile], "county", "2012-06-01", i18nFor("en"));
    const [, row] = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data;
    expect(row![1]).toBe("'=1+1\nKings");
  });
});

describe("tableCsvName", () => {
  it("names the table, the state filter of a county table, the date and the level", () => {
    expect(tableCsvName("county", "36", "2012-06-01")).toBe("scomm-atlas-table-36-2012-06-01-county.csv");
    expect(tableCsvName("county", null, "2012-06-01")).toBe("scomm-atlas-table-2012-06-01-county.csv");
    expect(tableCsvName("state", "36", "2012-06-01")).toBe("scomm-atlas-table-2012-06-01-state.csv");
  });
});
