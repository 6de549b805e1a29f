import { readFileSync } from "node:fs";
import { buildStatusModel, CATEGORIES, countsAt, monthStarts, populationWeights, seriesOf } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { figureText, layoutMapFigure, renderMapSvg, renderTrendsSvg, type MapGeometry } from "@scomm/render";
import { describe, expect, it } from "vitest";
import { buildAtlas } from "../map/atlas.js";
import { mapFigureInput, trendsFigureInput } from "@scomm/render";
import { exportFileName } from "./figure-input.js";

const model = buildStatusModel(loadDataset());
const atlas = buildAtlas(JSON.parse(readFileSync(new URL("../map/counties-albers-simplified.json", import.meta.url), "utf8")));
/** The web's own atlas is the geometry the browser export draws. */
const geometry: MapGeometry = atlas;
const NEW_YORK = { fips: "36", name: "New York" };

describe("mapFigureInput", () => {
  const input = mapFigureInput({
    geometry,
    timeline: model.timeline,
    date: "2012-06-01",
    level: "county",
    state: NEW_YORK,
    lang: "en",
    title: null,
    url: "https://scomm.example",
    width: 960,
  });

  it("counts what core counts for the state on the date, and colours its 62 counties", () => {
    expect(input.counts).toEqual(countsAt(model, "2012-06-01", "county", "count", "36"));
    expect(input.categories.size).toBe(62);
    expect([...input.categories.keys()].every((id) => id.startsWith("36"))).toBe(true);
    expect(input.title).toBe(figureText("en", "county", "2012-06-01", "New York").title);
    expect(input.credit).toBe("SComm Atlas");
    expect(input.highlightId).toBeNull();
    const outline = { id: "36047", name: "Kings County" };
    const kings = mapFigureInput({
      geometry,
      timeline: model.timeline,
      date: "2012-06-01",
      level: "county",
      state: NEW_YORK,
      lang: "en",
      title: null,
      url: "x",
      width: 960,
      outline,
    });
    expect(renderMapSvg(kings)).toContain('class="highlight"');
    expect(kings.outlineLabel).toBe("Outline: Kings County");
  });

  it("draws every county of the web's simplified atlas, at the server's layout size", () => {
    const svg = renderMapSvg(input);
    expect([...svg.matchAll(/id="scomm-j36\d{3}"/g)]).toHaveLength(62);
    const nation = mapFigureInput({
      geometry,
      timeline: model.timeline,
      date: "2011-07-01",
      level: "county",
      state: null,
      lang: "es",
      title: "Mi título",
      url: "x",
      width: 960,
    });
    expect([...renderMapSvg(nation).matchAll(/id="scomm-j\d{5}"/g)]).toHaveLength(3142);
    expect(nation.title).toBe("Mi título");
    expect(nation.labels.lang).toBe("es");
    expect(layoutMapFigure(nation).pixelHeight).toBe(layoutMapFigure({ ...nation, geometry: { ...geometry, counties: [] } }).pixelHeight);
  });

  it("at state level counts the 51 states", () => {
    const states = mapFigureInput({
      geometry,
      timeline: model.timeline,
      date: "2011-07-01",
      level: "state",
      state: null,
      lang: "en",
      title: null,
      url: "x",
      width: 960,
    });
    expect(states.counts).toEqual(countsAt(model, "2011-07-01", "state"));
    expect(states.categories.size).toBe(51);
  });
});

describe("trendsFigureInput", () => {
  const dates = monthStarts("2008-01-01", "2020-01-01");

  it("stacks core's series of the state's counties and gives the legend the values on the date", () => {
    const input = trendsFigureInput({
      timeline: model.timeline,
      dates,
      date: "2012-06-01",
      weights: null,
      state: NEW_YORK,
      band: { from: "2014-11-20", to: "2017-01-25" },
      lang: "en",
      title: null,
      url: "x",
      width: 960,
    });
    expect(input.series).toEqual(seriesOf(model, dates, "county", "count", "36"));
    expect(input.counts).toEqual(countsAt(model, "2012-06-01", "county", "count", "36"));
    expect(input.unit).toBe("count");
    expect(input.title).toBe("Secure Communities in New York: counties by status, month by month");
    expect(input.band).toEqual({ from: "2014-11-20", to: "2017-01-25", label: "PEP" });
    expect(renderTrendsSvg(input)).toContain(">Counties on June 1, 2012<");
  });

  it("weighs by population as a share, and runs an open band to the last date", () => {
    const input = trendsFigureInput({
      timeline: model.timeline,
      dates,
      date: "2011-07-01",
      weights: populationWeights(model),
      state: null,
      band: { from: "2014-11-20", to: null },
      lang: "es",
      title: null,
      url: "x",
      width: 960,
    });
    expect(input.unit).toBe("share");
    const expected = countsAt(model, "2011-07-01", "county", "population");
    for (const c of CATEGORIES) expect(input.counts[c]).toBeCloseTo(expected[c], 6);
    expect(input.band?.to).toBe("2020-01-01");
    expect(input.labels.legendTitle).toBe("Parte de la población al 1 de julio de 2011");
  });
});

describe("exportFileName", () => {
  it("names what, where, when and the scale", () => {
    expect(exportFileName({ kind: "map", place: "36", date: "2012-06-01", detail: "county", scale: 2 }, "png")).toBe(
      "scomm-atlas-map-36-2012-06-01-county@2x.png",
    );
    expect(exportFileName({ kind: "trends", place: null, date: "2011-07-01", detail: "count" }, "svg")).toBe(
      "scomm-atlas-trends-2011-07-01-count.svg",
    );
    expect(exportFileName({ kind: "map", place: "17031", date: "2011-07-01", detail: "county-portrait" }, "png")).toBe(
      "scomm-atlas-map-17031-2011-07-01-county-portrait.png",
    );
  });
});
