import { describe, expect, it } from "vitest";
import { buildStatusModel } from "./model.js";
import { countyDeployments, isPendingInPartlyActivatedState, partlyActivatedStates } from "./deployment.js";
import { dataset, event } from "./testing/fixtures.js";
import { statusesAt } from "./timeline.js";

describe("partly activated states", () => {
  // State 01 has three counties switched on one by one; state 02 objects before its only county is on.
  const model = buildStatusModel(
    dataset(
      ["01", "01001", "01003", "01005", "02", "02001"],
      [
        event("01001", "2010-01-01", "activated"),
        event("01003", "2011-01-01", "activated"),
        event("01005", "2012-01-01", "activated"),
        event("02", "2010-06-01", "opt_out_requested"),
        event("02001", "2011-06-01", "activated"),
      ],
    ),
  );
  const t = model.timeline;
  const at = (date: string) => statusesAt(t, date);
  const index = (id: string) => model.timelineIndex.get(id)!;

  it("counts k of n switched-on counties per state", () => {
    expect(countyDeployments(t, at("2011-06-01")).get(index("01"))).toEqual({ activated: 2, total: 3 });
    expect(countyDeployments(t, at("2009-01-01")).get(index("02"))).toEqual({ activated: 0, total: 1 });
  });

  it("flags a state only between its first and its last county's switch-on", () => {
    expect(partlyActivatedStates(t, at("2009-12-31"))[index("01")]).toBe(0);
    expect(partlyActivatedStates(t, at("2010-01-01"))[index("01")]).toBe(1);
    expect(partlyActivatedStates(t, at("2011-12-31"))[index("01")]).toBe(1);
    expect(partlyActivatedStates(t, at("2012-01-01"))[index("01")]).toBe(0);
    // Objecting but nothing switched on: opt-out pending, not partly activated.
    expect(partlyActivatedStates(t, at("2011-01-01"))[index("02")]).toBe(0);
  });

  it("marks the counties a partly activated state has not switched on yet", () => {
    const statuses = at("2011-06-01");
    const partly = partlyActivatedStates(t, statuses);
    expect(isPendingInPartlyActivatedState(t, statuses, partly, index("01001"))).toBe(false);
    expect(isPendingInPartlyActivatedState(t, statuses, partly, index("01005"))).toBe(true);
    expect(isPendingInPartlyActivatedState(t, statuses, partly, index("02001"))).toBe(false);
  });
});
