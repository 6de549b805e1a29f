import { describe, expect, it } from "vitest";
import type { EventType } from "./event-types.js";
import { categoryFor, categoryOf, chooseActivation, replayUntil, type LayeredEvent } from "./replay.js";
import type { Event } from "./schemas.js";
import { strongestStance } from "./stance.js";
import { event } from "./testing/fixtures.js";

describe("categoryFor", () => {
  it("applies the first matching rule", () => {
    expect(categoryFor(false, "objects")).toBe("opt_out_pending");
    expect(categoryFor(true, "objects")).toBe("over_objection");
    expect(categoryFor(true, "mandates")).toBe("mandates");
    expect(categoryFor(true, "limits")).toBe("limits");
    expect(categoryFor(true, "agrees")).toBe("activated");
    expect(categoryFor(true, "none")).toBe("activated");
    expect(categoryFor(false, "limits")).toBe("not_activated");
    expect(categoryFor(false, "mandates")).toBe("not_activated");
  });
});

describe("strongestStance", () => {
  it("ranks objects > mandates > limits > agrees > none", () => {
    expect(strongestStance("limits", "objects")).toBe("objects");
    expect(strongestStance("limits", "mandates")).toBe("mandates");
    expect(strongestStance("agrees", "limits")).toBe("limits");
    expect(strongestStance("none", "agrees")).toBe("agrees");
    expect(strongestStance()).toBe("none");
  });
});

describe("chooseActivation", () => {
  it("prefers the earliest day-precise switch-on over an earlier month-dated report", () => {
    const report = event("01001", "2009-12-01", "activated", { datePrecision: "month" });
    const roster = event("01001", "2009-12-22", "activated");
    expect(chooseActivation([report, roster])).toBe(roster);
  });
  it("falls back to an imprecise date when nothing is dated to the day", () => {
    const report = event("01001", "2009-12-01", "activated", { datePrecision: "month" });
    expect(chooseActivation([report])).toBe(report);
    expect(chooseActivation([])).toBeNull();
  });
});

describe("several actors on one county layer", () => {
  const city = (name: string, date: string, type: EventType) => event("33009", date, type, { placeLevel: "city", placeName: name });
  const layered = (events: Event[]): LayeredEvent[] => events.map((e) => ({ event: e, layer: "county", activates: false }));
  const limitsA = city("Town A", "2020-01-01", "detainer_policy_limited");
  const limitsB = city("Town B", "2021-01-01", "detainer_policy_limited");
  const rescindA = city("Town A", "2025-12-08", "detainer_policy_rescinded");
  const rescindB = city("Town B", "2025-12-31", "detainer_policy_rescinded");
  const inputs = layered([limitsA, limitsB, rescindA, rescindB]);

  it("keeps a neighbour's standing limit when one town reverses", () => {
    const county = replayUntil(inputs, "2025-12-15").county;
    expect(county.stance).toBe("limits");
    expect(county.event).toBe(limitsB);
    expect(county.actors["city:Town A"]?.stance).toBe("none");
  });
  it("returns to none only when every actor has", () => {
    const county = replayUntil(inputs, "2026-01-01").county;
    expect(county.stance).toBe("none");
    expect(county.event).toBe(rescindB);
  });
  it("lets the county government and a city each keep their own stance", () => {
    const countyLimits = event("33009", "2014-06-01", "detainer_policy_limited");
    const steps = layered([countyLimits, limitsA, rescindA]);
    const county = replayUntil(steps, "2026-01-01").county;
    expect(county.stance).toBe("limits");
    expect(county.event).toBe(countyLimits);
    expect(Object.keys(county.actors)).toEqual(["county", "city:Town A"]);
  });
});

describe("objection_withdrawn", () => {
  it("takes the objector back to no stance", () => {
    const objects = event("51013", "2010-09-28", "opt_out_requested");
    const withdrawn = event("51013", "2010-11-08", "objection_withdrawn");
    const activation = event("51013", "2009-11-17", "activated");
    const inputs: LayeredEvent[] = [
      { event: activation, layer: "county", activates: true },
      { event: objects, layer: "county", activates: false },
      { event: withdrawn, layer: "county", activates: false },
    ];
    expect(categoryOf(replayUntil(inputs, "2010-10-15"))).toBe("over_objection");
    expect(categoryOf(replayUntil(inputs, "2010-11-08"))).toBe("activated");
  });
});
