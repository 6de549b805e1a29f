import { describe, expect, it } from "vitest";
import { longDate, monthLabel } from "./date-label.js";
import { DEFAULT_DATE, mapQueryString, parseMapQuery, TIMELINE_START } from "./map-query.js";

const TODAY = "2026-03-15";

describe("parseMapQuery", () => {
  it("reads date and level from the query string", () => {
    expect(parseMapQuery("?date=2011-07-01&level=state", TODAY)).toEqual({ date: "2011-07-01", level: "state" });
  });

  it("falls back to the default date and the county level", () => {
    expect(parseMapQuery("", TODAY)).toEqual({ date: DEFAULT_DATE, level: "county" });
    expect(parseMapQuery("?date=2011-02-30&level=nation", TODAY)).toEqual({ date: DEFAULT_DATE, level: "county" });
  });

  it("clamps dates to the timeline", () => {
    expect(parseMapQuery("?date=1999-01-01", TODAY).date).toBe(TIMELINE_START);
    expect(parseMapQuery("?date=2030-01-01", TODAY).date).toBe(TODAY);
  });
});

describe("mapQueryString", () => {
  it("round-trips and keeps other parameters", () => {
    const search = mapQueryString({ date: "2012-05-15", level: "county" }, "?embed=1&date=2010-01-01");
    expect(search).toBe("?embed=1&date=2012-05-15&level=county");
    expect(parseMapQuery(search, TODAY)).toEqual({ date: "2012-05-15", level: "county" });
  });
});

describe("date labels", () => {
  it("names the calendar day whatever the local zone (tests run in Pacific/Honolulu)", () => {
    expect(longDate("2011-07-01")).toBe("July 1, 2011");
    expect(longDate("2008-01-01")).toBe("January 1, 2008");
    expect(monthLabel("2013-01-31")).toBe("Jan 2013");
  });
});
