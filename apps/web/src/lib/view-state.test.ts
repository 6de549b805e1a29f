import { describe, expect, it } from "vitest";
import { DEFAULT_DATE, parseViewState, TIMELINE_START, viewStateSearch } from "./view-state.js";

const TODAY = "2026-03-15";

describe("parseViewState", () => {
  it("reads date and level from the query string", () => {
    expect(parseViewState("?date=2011-07-01&level=state", TODAY)).toMatchObject({ date: "2011-07-01", level: "state" });
  });
  it("falls back to defaults for missing or malformed values", () => {
    const view = parseViewState("?date=2011-02-30&level=nation&lang=fr&zoom=a,b&state=1&highlight=bogus", TODAY);
    expect(view).toMatchObject({ date: DEFAULT_DATE, level: "county", lang: "en", zoom: null, state: null, highlight: null });
  });
  it("clamps dates to the timeline", () => {
    expect(parseViewState("?date=1999-01-01", TODAY).date).toBe(TIMELINE_START);
    expect(parseViewState("?date=2030-01-01", TODAY).date).toBe(TODAY);
  });
});

describe("viewStateSearch", () => {
  it("round-trips every part of the view", () => {
    const view = parseViewState(
      "?date=2012-05-15&level=state&lang=es&selected=36047&zoom=2.5,-100,40&from=2014-01-01&to=2015-01-01&state=36&weight=population&highlight=over_objection",
      TODAY,
    );
    expect(parseViewState(viewStateSearch(view), TODAY)).toEqual(view);
    expect(view).toMatchObject({ lang: "es", selected: "36047", zoom: { k: 2.5, x: -100, y: 40 }, weight: "population" });
  });
  it("writes only date and level for a default view", () => {
    expect(viewStateSearch(parseViewState("?date=2010-01-01", TODAY))).toBe("?date=2010-01-01&level=county");
  });
});
