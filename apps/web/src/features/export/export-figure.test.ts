import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../lib/view-state.js";
import { embedOf, figureHighlight, figureLevel, fileNameParts, serverImageQuery, type ExportFigure } from "./export-figure.js";

const VIEW: ViewState = { ...DEFAULT_VIEW, date: "2012-06-01", level: "state", state: "06", selected: "36", weight: "population" };
const HOME: ExportFigure = { kind: "map", stateFips: null, jurisdictionId: null };
const KINGS: ExportFigure = { kind: "map", stateFips: "36", jurisdictionId: "36047" };
const TRENDS: ExportFigure = { kind: "trends" };

describe("what each page exports", () => {
  it("the home map: its level, the whole country, the pinned jurisdiction outlined when drawn at its level", () => {
    expect(figureLevel(HOME, VIEW)).toBe("state");
    expect(serverImageQuery(HOME, VIEW)).toEqual({ figure: "map", date: "2012-06-01", level: "state", state: null, lang: "en" });
    expect(figureHighlight(HOME, VIEW)).toBe("36");
    expect(figureHighlight(HOME, { ...VIEW, level: "county" })).toBeNull();
    expect(embedOf(HOME, VIEW, null)).toEqual({ embed: "map", view: VIEW });
  });

  it("a county page: its state's counties with the county outlined, and an embed framed on the state", () => {
    expect(figureLevel(KINGS, VIEW)).toBe("county");
    expect(serverImageQuery(KINGS, VIEW)).toEqual({ figure: "map", date: "2012-06-01", level: "county", state: "36", lang: "en" });
    expect(figureHighlight(KINGS, VIEW)).toBe("36047");
    expect(figureHighlight({ kind: "map", stateFips: "36", jurisdictionId: "36" }, VIEW)).toBeNull();
    const zoom = { k: 4, x: -10, y: -20 };
    expect(embedOf(KINGS, VIEW, zoom).view).toEqual({ ...VIEW, level: "county", selected: "36047", zoom });
    expect(fileNameParts(KINGS, VIEW)).toEqual({ kind: "map", state: "36", date: "2012-06-01", detail: "county" });
  });

  it("the trends chart: its state filter and measure, on the server's chart too", () => {
    expect(serverImageQuery(TRENDS, VIEW)).toEqual({ figure: "trends", date: "2012-06-01", state: "06", weight: "population", lang: "en" });
    expect(figureHighlight(TRENDS, VIEW)).toBeNull();
    expect(embedOf(TRENDS, VIEW, null)).toEqual({ embed: "trends", view: VIEW });
    expect(fileNameParts(TRENDS, VIEW)).toEqual({ kind: "trends", state: "06", date: "2012-06-01", detail: "population" });
  });
});
