import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../lib/view-state.js";
import { embedOf, figureFocus, figureHighlight, figureLevel, fileNameParts, serverImageQuery, type ExportFigure } from "./export-figure.js";

const VIEW: ViewState = { ...DEFAULT_VIEW, date: "2012-06-01", level: "state", state: "06", selected: "36", weight: "population" };
const HOME: ExportFigure = { kind: "map", stateFips: null, jurisdictionId: null };
const KINGS: ExportFigure = { kind: "map", stateFips: "36", jurisdictionId: "36047" };
const TRENDS: ExportFigure = { kind: "trends" };

describe("what each page exports", () => {
  it("the home map: its level, the whole country, the pinned jurisdiction outlined when drawn at its level", () => {
    expect(figureLevel(HOME, VIEW)).toBe("state");
    expect(serverImageQuery(HOME, VIEW, "landscape")).toEqual({
      figure: "map",
      date: "2012-06-01",
      level: "state",
      state: null,
      lang: "en",
      shape: "landscape",
      focus: null,
      outline: "36",
    });
    expect(figureHighlight(HOME, VIEW)).toBe("36");
    expect(figureFocus(HOME)).toBeNull();
    expect(figureHighlight(HOME, { ...VIEW, level: "county" })).toBeNull();
    expect(embedOf(HOME, VIEW, null)).toEqual({ embed: "map", view: VIEW });
  });

  it("a county page: its own map (its state's counties, titled for it, it outlined), and an embed framed on the state", () => {
    expect(figureLevel(KINGS, VIEW)).toBe("county");
    expect(figureFocus(KINGS)).toBe("36047");
    expect(figureFocus({ kind: "map", stateFips: "36", jurisdictionId: "36" })).toBeNull();
    expect(serverImageQuery(KINGS, VIEW, "portrait")).toEqual({
      figure: "map",
      date: "2012-06-01",
      level: "county",
      state: "36",
      lang: "en",
      shape: "portrait",
      focus: "36047",
      outline: null,
    });
    expect(figureHighlight(KINGS, VIEW)).toBe("36047");
    expect(figureHighlight({ kind: "map", stateFips: "36", jurisdictionId: "36" }, VIEW)).toBeNull();
    const zoom = { k: 4, x: -10, y: -20 };
    expect(embedOf(KINGS, VIEW, zoom).view).toEqual({ ...VIEW, level: "county", selected: "36047", zoom });
    expect(fileNameParts(KINGS, VIEW, "landscape")).toEqual({ kind: "map", place: "36047", date: "2012-06-01", detail: "county" });
    expect(fileNameParts(KINGS, VIEW, "square")).toEqual({ kind: "map", place: "36047", date: "2012-06-01", detail: "county-square" });
  });

  it("the trends chart: its state filter and measure, on the server's chart too", () => {
    expect(serverImageQuery(TRENDS, VIEW, "square")).toEqual({
      figure: "trends",
      date: "2012-06-01",
      state: "06",
      weight: "population",
      lang: "en",
      shape: "square",
    });
    expect(figureHighlight(TRENDS, VIEW)).toBeNull();
    expect(embedOf(TRENDS, VIEW, null)).toEqual({ embed: "trends", view: VIEW });
    expect(fileNameParts(TRENDS, VIEW, "landscape")).toEqual({ kind: "trends", place: "06", date: "2012-06-01", detail: "population" });
  });

  it("a map's embed may be compact, a county page's framed on its state as the full one is; the chart's never is", () => {
    expect(embedOf(HOME, VIEW, null, true)).toEqual({ embed: "map", view: { ...VIEW, compact: true } });
    const zoom = { k: 4, x: -10, y: -20 };
    expect(embedOf(KINGS, VIEW, zoom, true).view).toEqual({ ...VIEW, level: "county", selected: "36047", zoom, compact: true });
    expect(embedOf(TRENDS, { ...VIEW, compact: true }, null, true).view.compact).toBe(false);
  });
});
