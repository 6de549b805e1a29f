// Scratch (not committed): prints the trends figures and the state chart paths on the real record, to compare before/after.
import { buildStatusModel, categorySeries, indexesOf, monthStarts, pepSpan, populationWeights } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { renderTrendsSvg, trendsFigureInput } from "@scomm/render";
import { stackedChart } from "../src/features/jurisdiction/state-chart-series.js";

const LANG = (process.env.FIG_LANG ?? "en") as "en" | "es";
const model = buildStatusModel(loadDataset());
const dates = monthStarts("2008-01-01", "2026-12-01");
const out: string[] = [];
for (const weights of [null, populationWeights(model)])
  for (const state of [null, { fips: "36", name: "New York" }])
    for (const shape of ["landscape", "square", "portrait"] as const)
      out.push(renderTrendsSvg(trendsFigureInput({ timeline: model.timeline, dates, date: "2011-07-01", weights, state, band: pepSpan(model.federalEvents, "2026-12-02"), lang: LANG, title: null, url: "x", width: 960, shape } as never)));
for (const st of ["36", "06", "17", "48"]) {
  const indexes = indexesOf(model.timeline, "county", st);
  const series = categorySeries(model.timeline, { indexes, dates });
  out.push(JSON.stringify(stackedChart(series, indexes.length, { width: 600, height: 220, left: 40, bottom: 24 }).areas));
}
console.log(out.join("\n"));
