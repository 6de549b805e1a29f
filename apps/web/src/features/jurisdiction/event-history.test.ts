import { describe, expect, it } from "vitest";
import { dayOf, historyByEvent } from "./event-history.js";

describe("historyByEvent", () => {
  it("groups the steps per event and keeps the latest correction", () => {
    const steps = [
      { eventId: "cur-1", changedAt: "2026-11-30T09:00:00.000Z", action: "publish", change: "published", reason: "new" },
      { eventId: "act-1", changedAt: "2026-12-01T10:00:00.000Z", action: "publish", change: "corrected", reason: "date" },
      { eventId: "act-1", changedAt: "2026-12-02T23:30:00.000Z", action: "publish", change: "corrected", reason: "source" },
    ] as const;
    const history = historyByEvent(steps.map((s) => ({ ...s })));
    expect(history.get("cur-1")).toEqual({ steps: [steps[0]], lastCorrection: null });
    expect(history.get("act-1")?.steps).toHaveLength(2);
    expect(history.get("act-1")?.lastCorrection?.reason).toBe("source");
    expect(history.has("other")).toBe(false);
    expect(dayOf("2026-12-02T23:30:00.000Z")).toBe("2026-12-02");
  });
});
