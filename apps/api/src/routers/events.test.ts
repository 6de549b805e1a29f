import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { expectBadRequest, useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

describe("events.list", () => {
  it("returns every event of the dataset, in date order, each with at least one source", async () => {
    const events = await session.caller.events.list();
    expect(events).toHaveLength(loadDataset().events.length);
    expect(events.every((e) => e.sources.length >= 1)).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  it("filters by jurisdiction, type and inclusive dates", async () => {
    const kings = await session.caller.events.list({ jurisdictionId: "36047" });
    expect(kings.map((e) => e.id)).toEqual(expect.arrayContaining(["sc-046", "act-36047"]));
    const october = await session.caller.events.list({ type: "activated", from: "2008-10-27", to: "2008-10-27" });
    expect(october.map((e) => e.jurisdictionIds)).toContainEqual(["48201"]);
    expect(october.every((e) => e.type === "activated" && e.date === "2008-10-27")).toBe(true);
  });

  it("rejects malformed filters naming the field", async () => {
    await expectBadRequest(session.caller.events.list({ from: "2011-02-30" }), "from");
    await expectBadRequest(session.caller.events.list({ from: "2012-01-01", to: "2011-01-01" }), "to");
    await expectBadRequest(session.caller.events.list({ jurisdictionId: "12a" }), "jurisdictionId");
    await expectBadRequest(session.caller.events.list({ type: "invented" as never }), "type");
  });
});
