import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { eventGroup, timelineRows } from "./timeline-rows.js";

function event(
  id: string,
  date: string,
  type: Event["type"],
  jurisdictionIds = ["24033"],
  datePrecision: Event["datePrecision"] = "day",
): Event {
  return {
    id,
    jurisdictionIds,
    placeName: "Prince George's County",
    placeLevel: "county",
    date,
    datePrecision,
    type,
    actor: "ICE",
    summary: id,
    sources: [{ title: "t", publisher: "p", date: null, url: "https://example.org", foundAt: null }],
    confidence: "high",
  };
}

describe("timelineRows", () => {
  it("puts two records of one switch-on that disagree on the date side by side, using the one dated to the day", () => {
    const press = event("sc-007", "2009-12-01", "activated", ["24033"], "month");
    const roster = event("act-24033", "2009-12-22", "activated");
    const launch = event("sc-001", "2008-03-01", "program_launched", ["US"], "month");
    const rows = timelineRows([roster, launch, press, roster], "2011-07-01");
    expect(rows.map((r) => r.kind)).toEqual(["event", "disputed", "date"]);
    const disputed = rows[1];
    // In reading order: the record known only to the month ("December 2009") after the one dated to the day.
    expect(disputed?.kind === "disputed" && disputed.events.map((e) => e.id)).toEqual(["act-24033", "sc-007"]);
    expect(disputed?.kind === "disputed" && disputed.used.id).toBe("act-24033");
  });

  it("puts a month-dated answer after the dated event of the same month it answers (Illinois, May 2011)", () => {
    const denied = event("sc-031", "2011-05-01", "opt_out_denied", ["17"], "month");
    const terminated = event("sc-030", "2011-05-04", "moa_terminated_by_state", ["17"]);
    const rows = timelineRows([denied, terminated], "2012-01-01");
    expect(rows.map((r) => (r.kind === "event" ? r.event.id : r.kind))).toEqual(["sc-030", "sc-031", "date"]);
  });

  it("keeps records that agree, and different facts of the same type, as rows of their own", () => {
    const rows = timelineRows(
      [
        event("sc-002", "2008-10-27", "activated", ["48201"]),
        event("act-48201", "2008-10-27", "activated", ["48201"]),
        event("sc-023", "2010-11-05", "opt_out_denied", ["51013"]),
        event("sc-024", "2011-03-01", "opt_out_denied", ["51013"]),
      ],
      "2010-12-01",
    );
    expect(rows.map((r) => (r.kind === "event" ? `${r.event.id}${r.later ? "*" : ""}` : r.kind))).toEqual([
      "act-48201",
      "sc-002",
      "sc-023",
      "date",
      "sc-024*",
    ]);
  });
});

describe("eventGroup", () => {
  it("groups a city's events with its county's", () => {
    const city = { ...event("sc-x004", "2012-09-01", "detainer_policy_limited", ["17031"]), placeLevel: "city" as const };
    expect(eventGroup(city)).toBe("local");
    expect(eventGroup(event("sc-001", "2008-03-01", "program_launched", ["US"]))).toBe("local");
    expect(eventGroup({ ...event("sc-001", "2008-03-01", "program_launched", ["US"]), placeLevel: "federal" })).toBe("federal");
  });
});
