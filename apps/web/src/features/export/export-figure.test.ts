import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../lib/view-state.js";
import { buildAtlas, MAP_HEIGHT, MAP_WIDTH } from "../map/atlas.js";
import { embedOf, figureHighlight, figureLevel, fileNameParts, serverImageQuery, type ExportFigure } from "./export-figure.js";
import { stateZoom } from "./state-zoom.js";

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

describe("stateZoom", () => {
  const atlas = buildAtlas(JSON.parse(readFileSync(new URL("../map/counties-albers-simplified.json", import.meta.url), "utf8")));

  it("frames a state in the middle of the map, inside the zoom limits", () => {
    const zoom = stateZoom(atlas, "36")!;
    expect(zoom.k).toBeGreaterThan(3);
    expect(zoom.k).toBeLessThanOrEqual(16);
    // New York's middle lands near the frame's middle (clamping may move it a little).
    const [cx, cy] = [(790 + 880) / 2, (130 + 230) / 2];
    expect(Math.abs(zoom.k * cx + zoom.x - MAP_WIDTH / 2)).toBeLessThan(MAP_WIDTH / 4);
    expect(Math.abs(zoom.k * cy + zoom.y - MAP_HEIGHT / 2)).toBeLessThan(MAP_HEIGHT / 4);
    expect(stateZoom(atlas, "99")).toBeNull();
  });
});
