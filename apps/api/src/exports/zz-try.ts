import { writeFileSync } from "node:fs";
import { buildStatusModel } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { mapSvg, svgToPng } from "./map-images.js";
const model = buildStatusModel(loadDataset());
const cases = [
  ["export-map", { date: "2011-07-01", level: "county", state: null, lang: "en", width: 960 }],
  ["export-ny", { date: "2012-06-01", level: "county", state: "36", lang: "en", width: 960 }],
  ["export-es", { date: "2011-07-01", level: "state", state: null, lang: "es", width: 960 }],
  ["export-narrow", { date: "2014-12-01", level: "county", state: null, lang: "en", width: 480 }],
] as const;
for (const [name, p] of cases) {
  let t = performance.now();
  const svg = mapSvg(model, p, "https://scomm-atlas.example");
  const t1 = performance.now() - t; t = performance.now();
  const png = await svgToPng(svg);
  console.log(name, svg.length, png.length, Math.round(t1), Math.round(performance.now() - t));
  writeFileSync(`/tmp/${name}.svg`, svg); writeFileSync(`/tmp/${name}.png`, png);
}
