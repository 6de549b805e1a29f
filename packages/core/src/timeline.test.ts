import { describe, expect, it } from "vitest";
import { buildTimeline, categoryInTimeline } from "./timeline.js";

describe("categoryInTimeline", () => {
  const timeline = buildTimeline(
    ["17", "17031"],
    new Map([
      [
        "17031",
        [
          { date: "2011-05-04", category: "opt_out_pending" as const, eventIds: ["sc-030"] },
          { date: "2013-01-22", category: "over_objection" as const, eventIds: ["act-17031"] },
        ],
      ],
    ]),
  );
  it("reads the last transition on or before the date", () => {
    expect(categoryInTimeline(timeline, "17031", "2011-05-03")).toBe("not_activated");
    expect(categoryInTimeline(timeline, "17031", "2011-05-04")).toBe("opt_out_pending");
    expect(categoryInTimeline(timeline, "17031", "2013-02-01")).toBe("over_objection");
    expect(categoryInTimeline(timeline, "17", "2013-02-01")).toBe("not_activated");
    expect(categoryInTimeline(timeline, "99999", "2013-02-01")).toBeNull();
  });
});
