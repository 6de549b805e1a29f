import { describe, expect, it } from "vitest";
import { countyFipsFromAtlas } from "./atlas.js";
import { checkEventRow } from "./researched-events.js";
import { problem, realFiles, TODAY, withEventRow } from "./test-support.js";
import { validateDataset } from "./validate.js";

const ctx = { countyFips: countyFipsFromAtlas(), today: TODAY };
/** Row 12 of sc-events.json, as the file writes it. */
const realRow = () => structuredClone((realFiles()["sc-events.json"] as Record<string, unknown>[])[11]!);

describe("checkEventRow: one row by the rules of pnpm data:check", () => {
  it("accepts a row of the real file and gives the event the dataset holds", () => {
    const row = realRow();
    const checked = checkEventRow(row, ctx);
    expect("event" in checked && checked.event.id).toBe(row.id);
  });

  it("names every field at fault, as the file check does", () => {
    const row = { ...realRow(), date: "2011-02-30", type: "invented", sources: [] };
    expect(checkEventRow(row, ctx)).toEqual({
      problems: [
        { field: "type", reason: '"invented" is not an event type' },
        { field: "date", reason: "2011-02-30 is not a real calendar date" },
        { field: "sources", reason: "the event has no source" },
      ],
    });
  });

  it("refuses a source that is not an http(s) address", () => {
    const row = realRow() as { sources: { url: string; found_at: string | null }[] };
    row.sources = [{ ...row.sources[0]!, url: "javascript:alert(1)", found_at: null }];
    expect(checkEventRow(row, ctx)).toEqual({
      problems: [{ field: "sources[0].url", reason: "javascript:alert(1) is not an http(s) address" }],
    });
  });

  it("bounds the length of a summary, in the file check too", () => {
    const long = "x".repeat(4_001);
    expect(checkEventRow({ ...realRow(), summary: long }, ctx)).toEqual({
      problems: [{ field: "summary", reason: "must be at most 4000 characters" }],
    });
    const files = withEventRow("sc-events.json", 12, (e) => (e.summary = long));
    expect(validateDataset(files, { today: TODAY })).toEqual([problem("sc-events.json", 12, "summary", "must be at most 4000 characters")]);
  });
});
