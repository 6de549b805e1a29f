import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";
import { RECORD_UPDATED } from "./record-date.js";
import { isRosterEventId } from "./roster-events.js";

describe("RECORD_UPDATED", () => {
  it("is no earlier than the newest researched event: an update to the files moves it too", () => {
    const researched = loadDataset().events.filter((e) => !isRosterEventId(e.id));
    const newest = researched
      .map((e) => e.date)
      .sort()
      .at(-1)!;
    expect(RECORD_UPDATED >= newest).toBe(true);
  });
});
