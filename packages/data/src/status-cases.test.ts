import { buildStatusModel, categoryAt, countsAt, explainStatus, snapshot } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

/** The status model on the real dataset: the cases the product is judged by. */
const model = buildStatusModel(loadDataset());

describe("real cases (run with a non-UTC TZ)", () => {
  it("runs in a non-UTC time zone", () => {
    expect(new Date(2011, 6, 1).getTimezoneOffset()).not.toBe(0);
  });

  it("Harris County TX becomes Activated on 2008-10-27", () => {
    expect(categoryAt(model, "48201", "2008-10-26")).toBe("not_activated");
    expect(categoryAt(model, "48201", "2008-10-27")).toBe("activated");
  });

  it("Kings County NY: opt-out pending in mid-2011, over objection in mid-2012 despite the city's own limit", () => {
    expect(categoryAt(model, "36047", "2011-07-01")).toBe("opt_out_pending");
    expect(categoryAt(model, "36047", "2012-06-01")).toBe("over_objection");
    const why = explainStatus(model, "36047", "2012-06-01");
    expect(why.decidingLayer).toBe("state");
    expect(why.stateLayer.event?.type).toBe("participation_suspended");
    expect(why.countyLayer?.stance).toBe("limits");
    expect(why.countyLayer?.event?.placeName).toBe("New York City");
  });

  it("Suffolk MA is activated early while Middlesex MA waits with the state's objection", () => {
    expect(categoryAt(model, "25025", "2009-01-01")).toBe("activated");
    expect(categoryAt(model, "25017", "2011-07-01")).toBe("opt_out_pending");
  });

  it("Cook County IL: opt-out pending after Illinois ended its agreement, then switched on over objection", () => {
    expect(categoryAt(model, "17031", "2011-06-01")).toBe("opt_out_pending");
    expect(categoryAt(model, "17031", "2013-02-01")).toBe("over_objection");
    const why = explainStatus(model, "17031", "2013-02-01");
    expect(why.stateLayer.event?.type).toBe("moa_terminated_by_state");
    expect(why.stateLayer.event?.date).toBe("2011-05-04");
    // Two actors limit on the county layer: Cook County's own Sept 2011 ordinance and Chicago's 2012 one.
    expect(why.countyLayer?.run.map((e) => e.date)).toEqual(["2011-09-07", "2012-09-01"]);
    const actors = Object.values(why.countyLayer?.actors ?? {});
    expect(actors.map((a) => [a.stance, a.event?.date])).toEqual([
      ["limits", "2011-09-07"],
      ["limits", "2012-09-01"],
    ]);
    expect(why.chain.filter((l) => l.role === "state_stance").map((l) => l.event.type)).toContain("moa_terminated_by_state");
    expect(why.activation?.date).toBe("2013-01-22");
  });

  it("a county in a state with no stance event is plain Activated from its date", () => {
    // Alabama has no state-level stance event before its 2025 law; Autauga County was switched on 2011-04-26.
    const before2025 = model.eventsOf.get("01")!.filter((e) => e.date < "2025-01-01");
    expect(before2025.every((e) => ["full_state_activation", "other"].includes(e.type))).toBe(true);
    expect(categoryAt(model, "01001", "2011-04-25")).toBe("not_activated");
    expect(categoryAt(model, "01001", "2011-04-26")).toBe("activated");
  });

  it("New York on 2012-06-01: its objection was answered by the June 2011 FBI/ICE reply and DHS's 2011-08-05 voiding", () => {
    const answers = (why: ReturnType<typeof explainStatus>) => why.answers.state.map((e) => [e.date, e.type]);
    const expected = [
      ["2011-06-01", "opt_out_denied"],
      ["2011-08-05", "moa_voided_by_dhs"],
    ];
    expect(answers(explainStatus(model, "36", "2012-06-01"))).toEqual(expected);
    // Kings County carries its state's objection and its answers; its own layer limits, so it has none.
    const kings = explainStatus(model, "36047", "2012-06-01");
    expect(answers(kings)).toEqual(expected);
    expect(kings.answers.county).toEqual([]);
  });

  it("Arlington VA on 2010-11-07: DHS's October 2010 answer to all and ICE's first reply to the county", () => {
    const why = explainStatus(model, "51013", "2010-11-07");
    expect(why.category).toBe("over_objection");
    expect(why.answers.county.map((e) => [e.date, e.type, e.jurisdictionIds.join()])).toEqual([
      ["2010-10-06", "opt_out_denied", "US"],
      ["2010-11-05", "opt_out_denied", "51013"],
    ]);
    expect(why.answers.state).toEqual([]);
  });

  it("Arlington VA: over objection on 2010-10-15, activated once it stopped pursuing the objection", () => {
    // Hand-derived: switched on 2010-04-01 (roster); objection 2010-09-28; withdrawn 2010-11-08 (sc-y910).
    expect(categoryAt(model, "51013", "2010-10-15")).toBe("over_objection");
    expect(categoryAt(model, "51013", "2010-11-08")).toBe("activated");
    expect(categoryAt(model, "51013", "2012-01-01")).toBe("activated");
    const why = explainStatus(model, "51013", "2012-01-01");
    expect(why.countyLayer?.event?.type).toBe("objection_withdrawn");
    expect(why.answers.county).toEqual([]);
  });

  it("no county is Not yet activated on 2013-01-22, and some were the day before", () => {
    expect(countsAt(model, "2013-01-22", "county").not_activated).toBe(0);
    expect(countsAt(model, "2013-01-21", "county").not_activated).toBeGreaterThan(0);
  });

  it("every status has an answer to 'why this colour'", () => {
    for (const { id, category } of snapshot(model, "2012-06-01", "county")) {
      const why = explainStatus(model, id, "2012-06-01");
      expect(why.category).toBe(category);
      if (category !== "not_activated") expect(why.chain.length).toBeGreaterThan(0);
      for (const link of why.chain) expect(link.event.sources.length).toBeGreaterThan(0);
    }
  });
});
