import { describe, expect, it } from "vitest";
import { causeEvents, changesBetween } from "./changes.js";
import { buildStatusModel } from "./model.js";
import { snapshot } from "./status.js";
import { dataset, event } from "./testing/fixtures.js";

const events = {
  launch: event("US", "2008-03-01", "program_launched"),
  on01001: event("01001", "2009-05-01", "activated"),
  on01003: event("01003", "2011-01-10", "activated"),
  optOut: event("01", "2010-06-01", "opt_out_requested"),
  limit01001: event("01001", "2012-01-01", "detainer_policy_limited"),
  law: event("01", "2013-01-01", "state_law_limits_cooperation"),
  on02001: event("02001", "2010-01-01", "activated"),
  limit02001: event("02001", "2014-05-01", "detainer_policy_limited"),
  rescind02001: event("02001", "2017-02-01", "detainer_policy_rescinded"),
};
const model = buildStatusModel(dataset(["US", "01", "01001", "01003", "02", "02001"], Object.values(events)));

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe("changesBetween", () => {
  it("lists each jurisdiction whose category differs, with the events of its transitions in (from, to]", () => {
    expect(changesBetween(model, "2010-01-01", "2011-01-10", "county")).toEqual([
      { id: "01001", from: "activated", to: "over_objection", causes: [events.optOut.id] },
      { id: "01003", from: "not_activated", to: "over_objection", causes: [events.optOut.id, events.on01003.id] },
    ]);
  });

  it("leaves out the `from` day's own transitions and keeps the `to` day's", () => {
    const changes = changesBetween(model, "2010-06-01", "2011-01-10", "county");
    expect(changes).toEqual([{ id: "01003", from: "opt_out_pending", to: "over_objection", causes: [events.on01003.id] }]);
  });

  it("does not list a jurisdiction that moved and came back", () => {
    // 02001 limits from 2014-05-01 and is plain activated again from 2017-02-01.
    expect(ids(changesBetween(model, "2014-01-01", "2018-01-01", "county"))).not.toContain("02001");
    expect(ids(changesBetween(model, "2014-01-01", "2015-01-01", "county"))).toEqual(["02001"]);
  });

  it("keeps to one level: a state's own causes include its first county's switch-on", () => {
    expect(changesBetween(model, "2009-01-01", "2010-01-01", "state")).toEqual([
      { id: "01", from: "not_activated", to: "activated", causes: [events.on01001.id] },
      { id: "02", from: "not_activated", to: "activated", causes: [events.on02001.id] },
    ]);
  });

  it("lists each cause once, in date order, across several transitions", () => {
    const [change] = changesBetween(model, "2009-01-01", "2013-06-01", "county");
    expect(change).toEqual({
      id: "01001",
      from: "not_activated",
      to: "limits",
      causes: [events.on01001.id, events.optOut.id, events.law.id],
    });
  });

  it("is empty when the dates are the same, and refuses a reversed period", () => {
    expect(changesBetween(model, "2012-01-01", "2012-01-01", "county")).toEqual([]);
    expect(() => changesBetween(model, "2012-01-02", "2012-01-01", "county")).toThrow(RangeError);
  });

  it("agrees with the snapshots on both dates", () => {
    const [from, to] = ["2009-01-01", "2017-06-01"];
    const before = new Map(snapshot(model, from, "county").map((s) => [s.id, s.category]));
    const differ = snapshot(model, to, "county").filter((s) => before.get(s.id) !== s.category);
    expect(ids(changesBetween(model, from, to, "county"))).toEqual(ids(differ));
  });
});

describe("causeEvents", () => {
  it("returns the events behind the changes, each once, in date order, with their sources", () => {
    const changes = changesBetween(model, "2009-01-01", "2013-06-01", "county");
    const found = causeEvents(model, changes);
    expect(ids(found)).toEqual(ids([events.on01001, events.on02001, events.optOut, events.on01003, events.law]));
    expect(found.every((e) => e.sources.length > 0)).toBe(true);
  });

  it("finds a state's switch-on, recorded on its county", () => {
    expect(causeEvents(model, changesBetween(model, "2009-01-01", "2010-01-01", "state"))).toEqual([events.on01001, events.on02001]);
  });
});
