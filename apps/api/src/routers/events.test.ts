import { MAX_EVENTS_PAGE, type Event } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { listEvents } from "@scomm/db";
import { describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

/** Every page of a filter, following `nextCursor`. */
async function allPages(input: Parameters<typeof session.caller.events.list>[0] = {}): Promise<{ events: Event[]; pages: number }> {
  const events: Event[] = [];
  let pages = 0;
  for (let cursor: string | undefined; ; pages++) {
    const page = await session.caller.events.list({ ...input, cursor });
    events.push(...page.events);
    if (!page.nextCursor) return { events, pages: pages + 1 };
    cursor = page.nextCursor;
  }
}

describe("events.list", () => {
  it("pages through every event of the dataset, 500 at a time, in date order, each with at least one source", async () => {
    const first = await session.caller.events.list();
    expect(first.events).toHaveLength(MAX_EVENTS_PAGE);
    expect(first.nextCursor).toBe(first.events.at(-1)!.id);
    const { events, pages } = await allPages();
    expect(events).toHaveLength(loadDataset().events.length);
    expect(pages).toBe(Math.ceil(events.length / MAX_EVENTS_PAGE));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.sources.length >= 1)).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  it("answers from the model exactly what the store holds, without touching the database", async () => {
    const modelOnly = callerFor({ ...session.deps, db: undefined as never });
    const kings = await modelOnly.events.list({ jurisdictionId: "36047" });
    expect(kings.events).toEqual(await listEvents(session.deps.db, { jurisdictionId: "36047" }));
    expect((await allPages()).events).toEqual(await listEvents(session.deps.db));
  });

  it("takes a smaller page, and the next page starts after the cursor", async () => {
    const texas = await session.caller.events.list({ type: "activated", limit: 3 });
    const next = await session.caller.events.list({ type: "activated", limit: 3, cursor: texas.nextCursor! });
    const both = await session.caller.events.list({ type: "activated", limit: 6 });
    expect([...texas.events, ...next.events]).toEqual(both.events);
  });

  it("filters by jurisdiction, type and inclusive dates", async () => {
    const kings = (await session.caller.events.list({ jurisdictionId: "36047" })).events;
    expect(kings.map((e) => e.id)).toEqual(expect.arrayContaining(["sc-046", "act-36047"]));
    const october = (await session.caller.events.list({ type: "activated", from: "2008-10-27", to: "2008-10-27" })).events;
    expect(october.map((e) => e.jurisdictionIds)).toContainEqual(["48201"]);
    expect(october.every((e) => e.type === "activated" && e.date === "2008-10-27")).toBe(true);
  });

  it("rejects malformed filters naming the field", async () => {
    await expectBadRequest(session.caller.events.list({ from: "2011-02-30" }), "from");
    await expectBadRequest(session.caller.events.list({ from: "2012-01-01", to: "2011-01-01" }), "to");
    await expectBadRequest(session.caller.events.list({ jurisdictionId: "12a" }), "jurisdictionId");
    await expectBadRequest(session.caller.events.list({ type: "invented" as never }), "type");
  });

  it("rejects dates outside the record, unknown jurisdictions, a page over 500 and an unknown cursor", async () => {
    await expectBadRequest(session.caller.events.list({ to: "9999-12-31" }), "to");
    await expectBadRequest(session.caller.events.list({ from: "0000-01-01" }), "from");
    await expectBadRequest(session.caller.events.list({ jurisdictionId: "99999" }), "jurisdictionId");
    await expectBadRequest(session.caller.events.list({ limit: MAX_EVENTS_PAGE + 1 }), "limit");
    await expectBadRequest(session.caller.events.list({ limit: 0 }), "limit");
    await expectBadRequest(session.caller.events.list({ limit: 2.5 }), "limit");
    await expectBadRequest(session.caller.events.list({ cursor: "no-such-event" }), "cursor");
  });
});
