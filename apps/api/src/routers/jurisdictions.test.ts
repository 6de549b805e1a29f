import { byDate } from "@scomm/core";
import { getJurisdiction, listEvents, listJurisdictions } from "@scomm/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";
import { TEST_TODAY } from "../testing/real-deps.js";

const session = useRealCaller();

describe("jurisdictions.list", () => {
  it("lists the nation, 51 states and 3,142 counties with their activation dates", async () => {
    const all = await session.caller.jurisdictions.list();
    expect(all).toHaveLength(1 + 51 + 3142);
    const harris = all.find((j) => j.id === "48201");
    expect(harris).toEqual({
      id: "48201",
      level: "county",
      name: expect.stringContaining("Harris"),
      stateCode: "TX",
      stateName: "Texas",
      population2010: expect.any(Number),
      activationDate: "2008-10-27",
    });
    expect(all.find((j) => j.id === "48")?.activationDate).toBe("2008-10-27");
    expect(all.find((j) => j.id === "US")?.activationDate).toBeNull();
  });

  it("filters by level and state", async () => {
    const texas = await session.caller.jurisdictions.list({ level: "county", stateFips: "48" });
    expect(texas).toHaveLength(254);
    expect(texas.every((j) => j.id.startsWith("48"))).toBe(true);
    expect(await session.caller.jurisdictions.list({ level: "state" })).toHaveLength(51);
  });

  it("rejects a wrong level and a malformed state FIPS naming the field", async () => {
    await expectBadRequest(session.caller.jurisdictions.list({ level: "city" as never }), "level");
    await expectBadRequest(session.caller.jurisdictions.list({ stateFips: "4a" }), "stateFips");
  });

  it("rejects a state FIPS that names no state (a 400, as every unknown id in a filter)", async () => {
    await expectBadRequest(session.caller.jurisdictions.list({ stateFips: "99" }), "stateFips");
    await expectBadRequest(session.caller.jurisdictions.list({ stateFips: "03" }), "stateFips");
  });
});

describe("one read path: the model answers what the store holds", () => {
  it("lists and pages jurisdictions without touching the database, as the store's rows", async () => {
    const modelOnly = callerFor({ ...session.deps, db: undefined as never });
    const stored = await listJurisdictions(session.deps.db, { level: "county", stateFips: "36" });
    const listed = await modelOnly.jurisdictions.list({ level: "county", stateFips: "36" });
    expect(listed.map(({ activationDate: _a, ...row }) => row)).toEqual(stored.map(({ stateFips: _s, ...row }) => row));
    for (const id of ["US", "48", "48201", "36047", "35013"]) {
      const page = await modelOnly.jurisdictions.byId({ id, date: "2012-07-01" });
      const jurisdiction = (await getJurisdiction(session.deps.db, id))!;
      const state = jurisdiction.level === "county" ? await listEvents(session.deps.db, { jurisdictionId: jurisdiction.stateFips! }) : [];
      expect(page.jurisdiction).toEqual(jurisdiction);
      expect(page.events).toEqual([...(await listEvents(session.deps.db, { jurisdictionId: id })), ...state].sort(byDate));
    }
  });
});

describe("jurisdictions.byId", () => {
  it("explains Harris County as activated on its switch-on day", async () => {
    const page = await session.caller.jurisdictions.byId({ id: "48201", date: "2008-10-27" });
    expect(page.jurisdiction.name).toContain("Harris");
    expect(page.explanation?.category).toBe("activated");
    expect(page.explanation?.activation?.date).toBe("2008-10-27");
    expect(page.history[0]).toMatchObject({ date: "2008-10-27", category: "activated" });
  });

  it("gives a county its own and its state's events, each with sources, in date order", async () => {
    const page = await session.caller.jurisdictions.byId({ id: "36047", date: "2012-07-01" });
    const ids = page.events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["sc-046", "act-36047", "sc-033"]));
    expect(page.events.every((e) => e.sources.length >= 1)).toBe(true);
    expect(page.events.map((e) => e.date)).toEqual(page.events.map((e) => e.date).sort());
    expect(page.explanation?.category).toBe("over_objection");
    expect(page.history.map((t) => t.eventIds)).toContainEqual(["sc-033"]);
  });

  it("defaults the date to today and has no status for the nation", async () => {
    expect((await session.caller.jurisdictions.byId({ id: "48" })).date).toBe(TEST_TODAY);
    const nation = await session.caller.jurisdictions.byId({ id: "US" });
    expect(nation.explanation).toBeNull();
    expect(nation.events.length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND naming a well-formed id that does not exist", async () => {
    const error = await session.caller.jurisdictions.byId({ id: "99999" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "jurisdiction 99999 does not exist" });
  });

  it("rejects a malformed FIPS and an impossible date naming the field", async () => {
    await expectBadRequest(session.caller.jurisdictions.byId({ id: "12a" }), "id");
    await expectBadRequest(session.caller.jurisdictions.byId({ id: "48201", date: "2011-02-30" }), "date");
    await expectBadRequest(session.caller.jurisdictions.byId({ id: "48201", date: "9999-12-31" }), "date");
    await expectBadRequest(session.caller.jurisdictions.byId({ id: "48201", date: "1979-12-31" }), "date");
  });
});
