import { describe, expect, it } from "vitest";
import { explainStatus } from "./explain.js";
import { buildStatusModel } from "./model.js";
import { categoryAt, countsAt } from "./status.js";
import { dataset, event } from "./testing/fixtures.js";

const ids = ["US", "01", "01001", "01003", "02", "02001"];

function model() {
  return buildStatusModel(
    dataset(ids, [
      event("US", "2008-03-01", "program_launched"),
      event("01001", "2009-05-01", "activated"),
      event("01003", "2011-01-10", "activated"),
      event("01", "2010-06-01", "opt_out_requested"),
      event("01", "2010-09-01", "opt_out_denied"),
      event("01001", "2012-01-01", "detainer_policy_limited"),
      event("01", "2013-01-01", "state_law_limits_cooperation"),
      event("01", "2017-06-01", "state_law_mandates_cooperation"),
      event("02001", "2010-01-01", "activated"),
      event("02001", "2014-05-01", "detainer_policy_limited"),
      event("02001", "2016-01-01", "287g_terminated"),
      event("02001", "2017-02-01", "detainer_policy_rescinded"),
    ]),
  );
}

describe("status model", () => {
  const m = model();
  it("is not activated before any switch-on, activated from its date", () => {
    expect(categoryAt(m, "01001", "2009-04-30")).toBe("not_activated");
    expect(categoryAt(m, "01001", "2009-05-01")).toBe("activated");
  });
  it("colours an activated county over objection while its state objects", () => {
    expect(categoryAt(m, "01001", "2010-06-01")).toBe("over_objection");
    expect(categoryAt(m, "01003", "2010-06-01")).toBe("opt_out_pending");
    expect(categoryAt(m, "01003", "2011-01-10")).toBe("over_objection");
  });
  it("keeps the objection when the federal answer is a denial, and when a county limits", () => {
    expect(categoryAt(m, "01001", "2012-06-01")).toBe("over_objection");
  });
  it("moves to limits when the state's later law replaces its objection", () => {
    expect(categoryAt(m, "01001", "2013-01-01")).toBe("limits");
    expect(categoryAt(m, "01003", "2013-01-01")).toBe("limits");
  });
  it("lets a state mandate preempt a county's own limit", () => {
    expect(categoryAt(m, "01001", "2017-06-01")).toBe("mandates");
  });
  it("returns a rescinded layer to none and ignores 287(g) terminations", () => {
    expect(categoryAt(m, "02001", "2015-01-01")).toBe("limits");
    expect(categoryAt(m, "02001", "2016-06-01")).toBe("limits");
    expect(categoryAt(m, "02001", "2017-02-01")).toBe("activated");
  });
  it("colours a state from its first county, by its own layer only", () => {
    expect(categoryAt(m, "02", "2009-12-31")).toBe("not_activated");
    expect(categoryAt(m, "02", "2014-06-01")).toBe("activated");
    expect(categoryAt(m, "01", "2010-01-01")).toBe("activated");
    expect(categoryAt(m, "01", "2010-06-01")).toBe("over_objection");
  });
  it("records each change of category with the events that caused it", () => {
    const history = m.history.get("01001")!;
    expect(history.map((t) => [t.date, t.category])).toEqual([
      ["2009-05-01", "activated"],
      ["2010-06-01", "over_objection"],
      ["2013-01-01", "limits"],
      ["2017-06-01", "mandates"],
    ]);
    expect(m.eventsOf.get("01")!.map((e) => e.id)).toContain(history[1]!.eventIds[0]);
  });
  it("explains a status through its chain of events", () => {
    const why = explainStatus(m, "01001", "2012-06-01");
    expect(why.category).toBe("over_objection");
    expect(why.decidingLayer).toBe("state");
    expect(why.stateLayer.event?.type).toBe("opt_out_requested");
    expect(why.countyLayer?.event?.type).toBe("detainer_policy_limited");
    expect(why.chain.map((l) => l.role)).toEqual(["era", "state_stance", "county_stance", "activation"]);
    expect(why.era.era).toBe("secure_communities");
  });
  it("counts k of n counties for a state", () => {
    expect(explainStatus(m, "01", "2010-01-01").deployment).toMatchObject({ activated: 1, total: 2, full: false });
    expect(explainStatus(m, "01", "2011-01-10").deployment).toMatchObject({ activated: 2, total: 2, full: true });
  });
  it("counts categories at a date", () => {
    const counts = countsAt(m, "2010-06-01", "county");
    expect(counts).toMatchObject({ over_objection: 1, opt_out_pending: 1, activated: 1 });
  });
});
