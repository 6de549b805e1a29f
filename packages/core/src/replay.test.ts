import { describe, expect, it } from "vitest";
import { categoryFor, chooseActivation } from "./replay.js";
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
