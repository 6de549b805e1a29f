import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../build.js";
import { parseDatasetTexts, readDatasetTexts } from "../files.js";
import { TODAY } from "../test-support.js";
import { exportDatasetFiles, ExportError } from "./export-files.js";

const texts = readDatasetTexts();
const { dataset } = buildDataset(parseDatasetTexts(texts), { today: TODAY });
const options = { today: TODAY };
const exported = (events: Event[]) => exportDatasetFiles(events, texts, options);
const readBack = (written: ReturnType<typeof exported>) => buildDataset(parseDatasetTexts(written), options).dataset.events;
const withEvent = (id: string, change: (e: Event) => Event) => dataset.events.map((e) => (e.id === id ? change(e) : e));
const changedFiles = (written: ReturnType<typeof exported>) =>
  Object.keys(written).filter((name) => written[name as keyof typeof texts] !== texts[name as keyof typeof texts]);

describe("exportDatasetFiles", () => {
  it("writes the record read from the files back to the same bytes", () => {
    const written = exported(dataset.events);
    for (const name of Object.keys(texts) as (keyof typeof texts)[]) expect(written[name], name).toBe(texts[name]);
  });

  it("writes a changed summary into the event's own row and nowhere else", () => {
    const written = exported(withEvent("sc-008", (e) => ({ ...e, summary: "Fixture summary, not a fact." })));
    expect(changedFiles(written)).toEqual(["sc-events.json"]);
    expect(readBack(written).find((e) => e.id === "sc-008")?.summary).toBe("Fixture summary, not a fact.");
    const before = texts["sc-events.json"].split("\n");
    const after = written["sc-events.json"].split("\n");
    expect(after.filter((line, i) => line !== before[i])).toEqual(['    "summary": "Fixture summary, not a fact.",']);
  });

  it("adds a new event at the end of the file for its period, with its Spanish text", () => {
    const model = dataset.events.find((e) => e.id === "sc-008") as Event;
    const fresh: Event = {
      ...model,
      id: "cur-fixture1",
      date: "2025-03-04",
      datePrecision: "day",
      actorEs: "Actor (fixture)",
      summaryEs: "Resumen (fixture)",
    };
    const written = exported([...dataset.events, fresh]);
    expect(changedFiles(written).sort()).toEqual(["sc-events-2025-2026.json", "sc-events-es.json"]);
    const rows = JSON.parse(written["sc-events-2025-2026.json"]) as { id: string; jurisdiction: unknown }[];
    expect(rows.at(-1)?.id).toBe("cur-fixture1");
    expect(rows.at(-1)?.jurisdiction).toEqual({ name: "Boston", level: "city", state: "MA", fips: null });
    expect(Object.keys(JSON.parse(written["sc-events-es.json"]) as object).at(-1)).toBe("cur-fixture1");
    expect(readBack(written).find((e) => e.id === "cur-fixture1")).toEqual(fresh);
  });

  it("drops a retracted event's row and its Spanish entry", () => {
    const written = exported(dataset.events.filter((e) => e.id !== "sc-008"));
    expect(JSON.parse(written["sc-events.json"]).some((row: { id: string }) => row.id === "sc-008")).toBe(false);
    expect("sc-008" in JSON.parse(written["sc-events-es.json"])).toBe(false);
    expect(readBack(written).some((e) => e.id === "sc-008")).toBe(false);
  });

  it("moves a county's activation date in the roster and its state's dates with it", () => {
    // Autauga County (01001), AL: the roster has 2011-04-26; Alabama's last county, 2013-01-22.
    const events = withEvent("act-01001", (e) => ({ ...e, date: "2010-12-01" }));
    const written = exported(events);
    expect(written["sc-activations.csv"].split("\n")[1]).toBe("01001,AL,Autauga,2010-12-01,VNA2026");
    expect(written["sc-state-activations.csv"].split("\n")).toContain("AL,2010-12-01,2013-01-22,VNA2026");
    expect(readBack(written).find((e) => e.id === "act-01001")?.date).toBe("2010-12-01");
  });

  it("refuses, naming the event and field, a roster change the CSV cannot hold, and a retracted county", () => {
    const reworded = withEvent("act-01001", (e) => ({ ...e, summary: "Fixture summary." }));
    expect(() => exported(reworded)).toThrow(/act-01001: the files cannot hold its summary/);
    const retracted = dataset.events.filter((e) => e.id !== "act-01001");
    expect(() => exported(retracted)).toThrow(ExportError);
    expect(() => exported(retracted)).toThrow(/county 01001 .* has no activation row/);
  });
});
