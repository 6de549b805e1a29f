import { describe, expect, it } from "vitest";
import { expectBadRequest, useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

const rowOf = async (date: string, level: "county" | "state", id: string) => {
  const { rows } = await session.caller.status.table({ date, level });
  return rows.find((r) => r.id === id);
};

/**
 * Expectations read off the dataset's files by hand (packages/data/data): sc-activations.csv for the
 * roster's switch-on dates, sc-events*.json for the stance events, sc-events-es.json for the Spanish actors.
 */
describe("status.table", () => {
  it("has one row per county, and per state and DC, each with its level", async () => {
    const counties = await session.caller.status.table({ date: "2012-06-01", level: "county" });
    expect(counties).toMatchObject({ date: "2012-06-01", level: "county" });
    expect(counties.rows).toHaveLength(3142);
    expect(new Set(counties.rows.map((r) => r.level))).toEqual(new Set(["county"]));
    const states = await session.caller.status.table({ date: "2012-06-01", level: "state" });
    expect(states.rows).toHaveLength(51);
    expect(states.rows.every((r) => r.level === "state" && r.countyStance === null)).toBe(true);
  });

  it("Kings County NY on 2012-06-01: switched on 2012-05-15 while the state objects and the city limits", async () => {
    // act-36047 (2012-05-15); sc-033 NY suspends 2011-06-01; sc-046 New York City limits detainers 2011-11-22.
    expect(await rowOf("2012-06-01", "county", "36047")).toEqual({
      id: "36047",
      level: "county",
      name: "Kings County",
      stateFips: "36",
      stateCode: "NY",
      stateName: "New York",
      category: "over_objection",
      activationDate: "2012-05-15",
      stateStance: { stance: "objects", since: "2011-06-01", actor: "Governor Andrew Cuomo", actorEs: "El gobernador Andrew Cuomo" },
      countyStance: {
        stance: "limits",
        since: "2011-11-22",
        actor: "New York City Council; Mayor Michael Bloomberg",
        actorEs: "El Concejo Municipal de Nueva York; el alcalde Michael Bloomberg",
      },
    });
  });

  it("Cook County IL on 2012-06-01: opt-out pending, its switch-on still ahead (2013-01-22)", async () => {
    // sc-025 Illinois suspends 2010-11-09, sc-030 terminates its MOA 2011-05-04 (the same stance again);
    // sc-042 Cook County limits detainers 2011-09-07; act-17031 2013-01-22.
    const cook = await rowOf("2012-06-01", "county", "17031");
    expect(cook).toMatchObject({ category: "opt_out_pending", activationDate: "2013-01-22" });
    expect(cook?.stateStance).toMatchObject({
      stance: "objects",
      since: "2010-11-09",
      actor: "Governor Pat Quinn; Illinois State Police Director Hiram Grau",
    });
    expect(cook?.countyStance).toMatchObject({ stance: "limits", since: "2011-09-07" });
  });

  it("Santa Clara CA: over objection in 2011, limiting cooperation once its board limited detainers", async () => {
    // act-06085 2010-05-04; sc-018 the county asks to opt out 2010-09-28; sc-044 its board limits detainers
    // 2011-10-18 (the same actor, so the objection ends); sc-003 California's MOA 2009-01-23.
    const before = await rowOf("2011-06-01", "county", "06085");
    expect(before).toMatchObject({ category: "over_objection", activationDate: "2010-05-04" });
    expect(before?.countyStance).toMatchObject({ stance: "objects", since: "2010-09-28" });
    const after = await rowOf("2012-06-01", "county", "06085");
    expect(after?.category).toBe("limits");
    expect(after?.countyStance).toMatchObject({ stance: "limits", since: "2011-10-18" });
    expect(after?.stateStance).toMatchObject({ stance: "agrees", since: "2009-01-23", actor: "California Department of Justice" });
  });

  it("Illinois as a state: switched on with DuPage County (2009-11-24), over its own objection", async () => {
    const illinois = await rowOf("2012-06-01", "state", "17");
    expect(illinois).toMatchObject({ name: "Illinois", category: "over_objection", activationDate: "2009-11-24", countyStance: null });
    expect(illinois?.stateStance.stance).toBe("objects");
    expect((await rowOf("2009-11-23", "state", "17"))?.category).toBe("not_activated");
  });

  it("gives every row the category the map's snapshot gives it", async () => {
    for (const level of ["county", "state"] as const) {
      const [table, snapshot] = await Promise.all([
        session.caller.status.table({ date: "2014-06-01", level }),
        session.caller.status.snapshot({ date: "2014-06-01", level }),
      ]);
      expect(table.rows.map((r) => [r.id, r.category])).toEqual(snapshot.statuses.map((s) => [s.id, s.category]));
    }
  });

  it("rejects a bad date or level naming the field", async () => {
    await expectBadRequest(session.caller.status.table({ date: "2012-02-30", level: "county" }), "date");
    await expectBadRequest(session.caller.status.table({ date: "1970-01-01", level: "county" }), "date");
    await expectBadRequest(session.caller.status.table({ date: "2012-06-01", level: "nation" as never }), "level");
  });
});
