import { describe, expect, it } from "vitest";
import { allEvents } from "../exports/model-events.js";
import { useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

describe("record.summary", () => {
  it("dates the record by its newest researched event, 2026 since the December 2026 update", async () => {
    const summary = await session.caller.record.summary();
    expect(summary.eventsThrough?.startsWith("2026-")).toBe(true);
    expect(summary.updated >= summary.eventsThrough!).toBe(true);
    // The roster's activations are counted among all events, not among the researched ones.
    expect(summary.events).toBe(allEvents(session.deps.model).length);
    expect(summary.events - summary.researchedEvents).toBe(3142 + 51);
  });
});

describe("record.lastActivation", () => {
  it("is the roster's last switch-on day: 106 counties on 2013-01-22, with the roster's source", async () => {
    // Read off packages/data/data/sc-activations.csv: its latest activation_date is 2013-01-22, on 106 rows.
    const last = await session.caller.record.lastActivation();
    expect(last).toMatchObject({ date: "2013-01-22", datePrecision: "day", counties: 106 });
    expect(last!.sources.length).toBeGreaterThan(0);
    expect(new Set(last!.sources.map((s) => s.url)).size).toBe(last!.sources.length);
  });
});
