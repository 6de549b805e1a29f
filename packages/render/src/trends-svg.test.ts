import { CATEGORIES, monthStarts, type Category, type CategorySeries } from "@scomm/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS_BY_LANG } from "./labels.js";
import { layoutMapFigure } from "./map-svg.js";
import { niceStep, stackValues, trendsPlot } from "./trends-plot.js";
import { layoutTrendsFigure, renderTrendsSvg, type TrendsFigureInput } from "./trends-svg.js";
import { trendsFigureText } from "./trends-text.js";

const DATES = monthStarts("2008-01-01", "2020-06-01");
const TOTAL = 3142;

/** Counties move from not activated to activated over 2008-2013, some objecting or limiting on the way. */
function rollout(): CategorySeries {
  const values = Object.fromEntries(CATEGORIES.map((c) => [c, [] as number[]])) as Record<Category, number[]>;
  DATES.forEach((date, s) => {
    const year = Number(date.slice(0, 4));
    const on = Math.min(TOTAL, Math.max(0, Math.round((s - 9) * 50)));
    const objecting = year >= 2011 && year < 2015 ? 60 : 0;
    const pending = year === 2011 ? 150 : 0;
    const limits = year >= 2014 ? 200 : 0;
    values.over_objection.push(Math.min(objecting, on));
    values.limits.push(Math.min(limits, on));
    values.activated.push(on - Math.min(objecting, on) - Math.min(limits, on));
    values.opt_out_pending.push(Math.min(pending, TOTAL - on));
    values.not_activated.push(TOTAL - on - Math.min(pending, TOTAL - on));
    values.mandates.push(0);
  });
  return { dates: DATES, values };
}

const COUNTS: Record<Category, number> = {
  not_activated: 1600,
  opt_out_pending: 159,
  over_objection: 61,
  mandates: 0,
  limits: 9,
  activated: 1313,
};

function input(overrides: Partial<TrendsFigureInput> = {}): TrendsFigureInput {
  return {
    series: rollout(),
    unit: "count",
    date: "2011-07-01",
    dateMark: "July 1, 2011",
    counts: COUNTS,
    band: { from: "2014-11-20", to: "2017-01-25", label: "PEP" },
    ...trendsFigureText("en", "count", { from: DATES[0]!, to: DATES.at(-1)! }, "2011-07-01", null),
    credit: "SComm Atlas",
    url: "https://scomm.example",
    width: 960,
    fontFaces: [{ weight: 400, format: "woff2", base64: "d09GMgABAAA=" }],
    ...overrides,
  };
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("renderTrendsSvg", () => {
  const svg = renderTrendsSvg(input());

  it("is one well-formed standalone SVG with its size, title, font and hatch patterns inside", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const layout = layoutTrendsFigure(input());
    expect(svg).toContain(`width="960" height="${layout.pixelHeight}" viewBox="0 0 960 `);
    expect(svg).toContain('<title id="scomm-title">Secure Communities in the United States: counties by status, month by month</title>');
    expect(svg).toContain("@font-face{font-family:'IBM Plex Sans'");
    expect(svg).toContain('<pattern id="scomm-hatch-over_objection"');
    expect(svg).not.toMatch(/<image|href="http/);
  });

  it("prints the subtitle, the legend on the marked date with counts and total, the years, source, credit and URL", () => {
    const t = texts(svg);
    expect(t).toContain("Number of counties in each category on the first day of each month, January 2008 to June 2020");
    expect(t).toContain("Counties on July 1, 2011");
    expect(t).toContain("July 1, 2011");
    for (const label of Object.values(CATEGORY_LABELS_BY_LANG.en)) expect(t.join(" ")).toContain(label);
    for (const count of ["1,600", "159", "61", "9", "1,313", "3,142"]) expect(t).toContain(count);
    for (const year of ["2008", "2012", "2016", "2020"]) expect(t).toContain(year);
    expect(t).toContain("PEP");
    expect(t.join(" ")).toContain("Sources: county activation dates from the ICE activation roster");
    expect(t.at(-1)).toBe("SComm Atlas · https://scomm.example");
  });

  it("stacks one area per category present, bottom first, the top reaching the total at every sample", () => {
    const layers = [...svg.matchAll(/<path data-category="(\w+)" d="([^"]+)"/g)].map((m) => m[1]);
    expect(layers).toEqual(["activated", "limits", "over_objection", "opt_out_pending", "not_activated"]);
    const plot = trendsPlot({
      series: rollout(),
      unit: "count",
      box: { x: 0, y: 0, width: 600, height: 400 },
      size: 11,
      top: 30,
      formatValue: String,
    });
    const top = plot.layers
      .at(-1)!
      .d.slice(1)
      .split("L")
      .slice(0, DATES.length)
      .map((p) => Number(p.split(",")[1]));
    for (const y of top) expect(y).toBeCloseTo(plot.area.y, 1);
    expect(plot.yTicks.map((t) => t.label)).toEqual(["0", "1000", "2000", "3000"]);
  });

  it("as shares, stacks to 100% and labels the legend in percent", () => {
    const share = renderTrendsSvg(
      input({ unit: "share", ...trendsFigureText("en", "share", { from: DATES[0]!, to: DATES.at(-1)! }, "2011-07-01", "New York") }),
    );
    expect(XMLValidator.validate(share)).toBe(true);
    const t = texts(share);
    expect(t).toContain("Population share on July 1, 2011");
    expect(t).toContain("100%");
    expect(t).toContain("50.9%");
    expect(share).toContain("Secure Communities in New York: share of the population by county status, month by month");
    const values = stackValues(rollout(), "share");
    DATES.forEach((_, s) => expect(CATEGORIES.reduce((sum, c) => sum + values[c][s]!, 0)).toBeCloseTo(1, 9));
  });

  it("lays out to the map's composition: same width, doubled at 2x, legend under the chart when narrow", () => {
    const wide = layoutTrendsFigure(input());
    expect(wide.metrics).toBe(
      layoutMapFigure({ ...input(), geometry: null!, level: "county", categories: new Map(), stateFips: null }).metrics,
    );
    const double = layoutTrendsFigure(input({ width: 1920 }));
    expect(Math.abs(double.pixelHeight - 2 * wide.pixelHeight)).toBeLessThanOrEqual(1);
    const narrow = layoutTrendsFigure(input({ width: 400 }));
    expect(narrow.legend.rows[0]!.y).toBeGreaterThan(narrow.map.y + narrow.map.height);
    expect(narrow.subtitleLines.length).toBe(2);
    expect(narrow.map.y).toBeGreaterThan(narrow.subtitleY + narrow.metrics.subtitle);
    expect(XMLValidator.validate(renderTrendsSvg(input({ width: 400 })))).toBe(true);
  });

  it("writes Spanish words and numbers, escapes the reader's title, and is pure", () => {
    const es = renderTrendsSvg(
      input({ ...trendsFigureText("es", "count", { from: DATES[0]!, to: DATES.at(-1)! }, "2011-07-01", null), title: "Doña Ana & <Cook>" }),
    );
    expect(XMLValidator.validate(es)).toBe(true);
    expect(es).toContain("Condados al 1 de julio de 2011");
    expect(es).toContain(">1600<");
    expect(es).toContain("Doña Ana &amp; &lt;Cook&gt;");
    expect(es).toContain("de enero de 2008 a junio de 2020");
    expect(renderTrendsSvg(input())).toBe(svg);
  });

  it("picks round axis steps", () => {
    expect(niceStep(3142, 5)).toBe(1000);
    expect(niceStep(62, 5)).toBe(20);
    expect(niceStep(3, 5)).toBe(1);
  });
});
