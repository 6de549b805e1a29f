import { TIMELINE_START } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { parseViewState, viewStateSearch } from "./view-state.js";

const TODAY = "2026-03-15";

describe("parseViewState", () => {
  it("reads date and level from the query string", () => {
    expect(parseViewState("?date=2011-07-01&level=state", TODAY)).toMatchObject({ date: "2011-07-01", level: "state" });
  });
  it("falls back to defaults for missing or malformed values", () => {
    const view = parseViewState("?date=2011-02-30&level=nation&lang=fr&zoom=a,b&state=1&highlight=bogus", TODAY);
    expect(view).toMatchObject({ date: TODAY, level: "county", lang: "en", zoom: null, state: null, highlight: null });
  });
  it("reads the table's sort, filters and page defensively", () => {
    expect(parseViewState("?sort=-activation&q=Do%C3%B1a+Ana&filter=limits&page=3", TODAY)).toMatchObject({
      sort: { key: "activation", direction: "descending" },
      q: "Doña Ana",
      filter: "limits",
      page: 3,
    });
    for (const bad of ["?sort=population&page=0&filter=bogus", "?sort=--name&page=-2", "?sort=&page=2.5", "?sort=Name&page=1e3"]) {
      expect(parseViewState(bad, TODAY)).toMatchObject({ sort: null, q: "", filter: null, page: 1 });
    }
    expect(parseViewState(`?q=${"x".repeat(500)}`, TODAY).q).toHaveLength(100);
  });
  it("reads the embed's compact layout only from compact=1", () => {
    expect(parseViewState("?compact=1", TODAY).compact).toBe(true);
    for (const other of ["", "?compact=0", "?compact=true", "?compact"]) expect(parseViewState(other, TODAY).compact).toBe(false);
  });
  it("clamps dates to the timeline", () => {
    expect(parseViewState("?date=1999-01-01", TODAY).date).toBe(TIMELINE_START);
    expect(parseViewState("?date=2030-01-01", TODAY).date).toBe(TODAY);
  });
});

describe("viewStateSearch", () => {
  it("round-trips every part of the view", () => {
    const view = parseViewState(
      "?date=2012-05-15&level=state&lang=es&selected=36047&zoom=2.5,-100,40&from=2014-01-01&to=2015-01-01&state=36&weight=population" +
        "&highlight=over_objection&sort=-stateStance&q=kings+%26+queens%3F&filter=over_objection&page=2&compact=1",
      TODAY,
    );
    expect(parseViewState(viewStateSearch(view), TODAY)).toEqual(view);
    expect(view).toMatchObject({ lang: "es", selected: "36047", zoom: { k: 2.5, x: -100, y: 40 }, weight: "population" });
    expect(view).toMatchObject({
      sort: { key: "stateStance", direction: "descending" },
      q: "kings & queens?",
      filter: "over_objection",
      page: 2,
    });
    const ascending = parseViewState("?sort=name", TODAY);
    expect(parseViewState(viewStateSearch(ascending), TODAY).sort).toEqual({ key: "name", direction: "ascending" });
  });
  it("writes only date and level for a default view", () => {
    expect(viewStateSearch(parseViewState("?date=2010-01-01", TODAY))).toBe("?date=2010-01-01&level=county");
    expect(viewStateSearch(parseViewState("?date=2010-01-01&q=&page=1", TODAY))).toBe("?date=2010-01-01&level=county");
  });
});
