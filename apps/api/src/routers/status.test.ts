import { CATEGORIES, countsAt, monthStarts, snapshot } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { expectBadRequest, useRealCaller } from "../testing/caller.js";
import { TEST_TODAY } from "../testing/real-deps.js";

const session = useRealCaller();

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("status.timeline", () => {
  it("returns the precomputed wire object, the same bytes as /api/timeline.json", async () => {
    const wire = await session.caller.status.timeline();
    expect(wire).toBe(session.deps.timeline.wire);
    expect(wire.categories).toEqual(CATEGORIES);
    expect(wire.ids).toHaveLength(51 + 3142);
    expect(JSON.stringify(wire)).toBe(session.deps.timeline.body.toString());
  });
});

describe("status.snapshot", () => {
  it("colours Harris County activated on 2008-10-27 and counts like core's countsAt", async () => {
    const result = await session.caller.status.snapshot({ date: "2008-10-27", level: "county" });
    expect(result.statuses).toHaveLength(3142);
    expect(result.statuses.find((s) => s.id === "48201")?.category).toBe("activated");
    expect(result.counts).toEqual(countsAt(session.deps.model, "2008-10-27", "county"));
    for (const date of ["2011-08-05", "2014-11-20", TEST_TODAY]) {
      const states = await session.caller.status.snapshot({ date, level: "state" });
      expect(states.counts).toEqual(countsAt(session.deps.model, date, "state"));
      expect(total(states.counts)).toBe(51);
    }
  });

  it("rejects an impossible date and a wrong level naming the field", async () => {
    await expectBadRequest(session.caller.status.snapshot({ date: "2011-02-30", level: "county" }), "date");
    await expectBadRequest(session.caller.status.snapshot({ date: "2011-02-28", level: "nation" as never }), "level");
  });
});

describe("status.series", () => {
  it("samples the first of each month from 2008-01 to today by default", async () => {
    const series = await session.caller.status.series({ level: "county" });
    expect(series.dates).toEqual(monthStarts("2008-01-01", TEST_TODAY));
    const last = series.dates.length - 1;
    expect(total(Object.fromEntries(CATEGORIES.map((c) => [c, series.values[c][last]!])))).toBe(3142);
  });

  it("weights by population and keeps to one state's counties", async () => {
    const texas = await session.caller.status.series({
      level: "county",
      weight: "population",
      stateFips: "48",
      from: "2008-10-01",
      to: "2008-11-30",
    });
    expect(texas.dates).toEqual(["2008-10-01", "2008-11-01"]);
    expect(texas.values.activated[0]).toBe(0);
    expect(texas.values.activated[1]).toBeGreaterThan(4_000_000);
  });

  it("rejects malformed input naming the field", async () => {
    await expectBadRequest(session.caller.status.series({ level: "county", from: "2012-01-01", to: "2011-01-01" }), "to");
    await expectBadRequest(session.caller.status.series({ level: "county", to: "2011-02-30" }), "to");
    await expectBadRequest(session.caller.status.series({ level: "county", stateFips: "12a" }), "stateFips");
    await expectBadRequest(session.caller.status.series({ level: "town" as never }), "level");
    await expectBadRequest(session.caller.status.series({ level: "state", weight: "area" as never }), "weight");
    await expectBadRequest(session.caller.status.series({ level: "state", from: "1800-01-01" }), "from");
  });

  it("keeps to the record's dates and to states that exist", async () => {
    await expectBadRequest(session.caller.status.series({ level: "state", from: "9999-12-01", to: "9999-12-31" }), "from");
    await expectBadRequest(session.caller.status.series({ level: "state", to: "2021-06-16" }), "to");
    await expectBadRequest(session.caller.status.series({ level: "county", stateFips: "99" }), "stateFips");
    await expectBadRequest(session.caller.status.snapshot({ date: "0000-01-01", level: "county" }), "date");
    await expectBadRequest(session.caller.status.changes({ from: "2011-01-01", to: "9999-12-31", level: "county" }), "to");
    const earliest = await session.caller.status.series({ level: "state", from: "1980-01-01", to: "1980-02-01" });
    expect(earliest.dates).toEqual(["1980-01-01", "1980-02-01"]);
    expect(earliest.values.not_activated).toEqual([51, 51]);
  });
});

describe("status.changes", () => {
  it("moves Kings County from opt-out pending to over objection between mid-2011 and mid-2012, for sourced reasons", async () => {
    const answer = await session.caller.status.changes({ from: "2011-07-01", to: "2012-06-01", level: "county" });
    expect(answer).toMatchObject({ from: "2011-07-01", to: "2012-06-01", level: "county" });
    const kings = answer.changes.find((c) => c.id === "36047");
    expect(kings).toMatchObject({ from: "opt_out_pending", to: "over_objection" });
    expect(kings!.causes.length).toBeGreaterThan(0);
    const events = new Map(answer.events.map((e) => [e.id, e]));
    for (const id of kings!.causes) expect(events.get(id)?.sources.length).toBeGreaterThan(0);
  });

  it("lists as many counties as differ between core's snapshots on both dates, each cause event once", async () => {
    const [from, to] = ["2011-01-01", "2013-01-22"];
    const answer = await session.caller.status.changes({ from, to, level: "county" });
    const before = new Map(snapshot(session.deps.model, from, "county").map((s) => [s.id, s.category]));
    const differ = snapshot(session.deps.model, to, "county").filter((s) => before.get(s.id) !== s.category);
    expect(answer.changes).toHaveLength(differ.length);
    const ids = answer.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(answer.changes.flatMap((c) => c.causes)));
  });

  it("rejects a malformed date, a reversed period and a wrong level naming the field", async () => {
    await expectBadRequest(session.caller.status.changes({ from: "2011-02-30", to: "2012-01-01", level: "county" }), "from");
    await expectBadRequest(session.caller.status.changes({ from: "2011-01-01", to: "2012-1-01", level: "county" }), "to");
    await expectBadRequest(session.caller.status.changes({ from: "2012-01-01", to: "2011-01-01", level: "county" }), "to");
    await expectBadRequest(session.caller.status.changes({ from: "2011-01-01", to: "2012-01-01", level: "nation" as never }), "level");
  });
});
