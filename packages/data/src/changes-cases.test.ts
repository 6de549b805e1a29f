import { buildStatusModel, categoryAt, causeEvents, changesBetween, snapshot, type IsoDate } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

/** "What changed between two dates" on the real dataset: the periods the What-changed page opens on. */
const model = buildStatusModel(loadDataset());

const PERIODS = [
  ["2011-01-01", "2013-01-22"],
  ["2014-01-01", "2015-01-01"],
  ["2016-01-01", "2018-01-01"],
] as const;

function differing(from: IsoDate, to: IsoDate, level: "state" | "county"): string[] {
  const before = new Map(snapshot(model, from, level).map((s) => [s.id, s.category]));
  return snapshot(model, to, level)
    .filter((s) => before.get(s.id) !== s.category)
    .map((s) => s.id);
}

describe("changesBetween on the real dataset (run with a non-UTC TZ)", () => {
  it("Kings County NY: opt-out pending in mid-2011, over objection in mid-2012, because ICE switched it on", () => {
    const kings = changesBetween(model, "2011-07-01", "2012-06-01", "county").find((c) => c.id === "36047");
    expect(kings).toEqual({ id: "36047", from: "opt_out_pending", to: "over_objection", causes: ["act-36047"] });
  });

  it("lists exactly the jurisdictions whose snapshots differ, each with its categories on both dates", () => {
    for (const [from, to] of PERIODS) {
      for (const level of ["state", "county"] as const) {
        const changes = changesBetween(model, from, to, level);
        expect(
          changes.map((c) => c.id),
          `${level} ${from}..${to}`,
        ).toEqual(differing(from, to, level));
        for (const c of changes) expect([categoryAt(model, c.id, from), categoryAt(model, c.id, to)]).toEqual([c.from, c.to]);
      }
    }
  });

  it("explains every change of the three periods by at least one event with sources", () => {
    for (const [from, to] of PERIODS) {
      const changes = changesBetween(model, from, to, "county");
      const events = new Map(causeEvents(model, changes).map((e) => [e.id, e]));
      for (const c of changes) {
        expect(c.causes.length, `${c.id} ${from}..${to}`).toBeGreaterThan(0);
        for (const id of c.causes) expect(events.get(id)?.sources.length, id).toBeGreaterThan(0);
      }
    }
  });

  it("the rollout: no county is left unactivated by 2013-01-22, most were switched on by their own roster entry", () => {
    const changes = changesBetween(model, "2011-01-01", "2013-01-22", "county");
    expect(changes.some((c) => c.to === "not_activated")).toBe(false);
    const rosterOnly = changes.filter((c) => c.causes.length === 1 && c.causes[0] === `act-${c.id}`);
    expect(rosterOnly.length).toBeGreaterThan(1900);
  });

  it("2016-2018: Texas' counties move to 'mandates', each under a Texas state law", () => {
    const changes = changesBetween(model, "2016-01-01", "2018-01-01", "county");
    const texas = changes.filter((c) => c.id.startsWith("48") && c.to === "mandates");
    expect(texas.length).toBeGreaterThan(240);
    const laws = causeEvents(model, texas).filter((e) => e.type === "state_law_mandates_cooperation" && e.jurisdictionIds.includes("48"));
    expect(laws.length).toBeGreaterThan(0);
    for (const c of texas)
      expect(
        c.causes.some((id) => laws.some((law) => law.id === id)),
        c.id,
      ).toBe(true);
  });
});
