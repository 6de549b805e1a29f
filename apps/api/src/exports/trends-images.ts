import { monthStarts, pepSpan, populationWeights, TIMELINE_START, type IsoDate, type StatusModel } from "@scomm/core";
import type { TrendsImageParams } from "./export-params.js";
import type { FigureJob } from "./figure-job.js";
import type { RenderCache } from "./render-cache.js";
import type { RenderPool } from "./render-pool.js";
import type { RenderedFile } from "./rendered-file.js";
import type { ImageFormat } from "./figure-job.js";

/**
 * The trends chart's job for the render worker: counties by status on the first of each month from the
 * timeline's start to `today`, counted or weighted by 2010 population, the marked date's values in the legend.
 */
export function trendsJob(model: StatusModel, params: TrendsImageParams, format: ImageFormat, today: IsoDate, siteUrl: string): FigureJob {
  const { date, state, weight, lang, width, shape } = params;
  const spec = {
    timeline: model.timeline,
    dates: monthStarts(TIMELINE_START, today),
    date,
    weights: weight === "population" ? populationWeights(model) : null,
    state: state ? { fips: state, name: model.byId.get(state)?.name ?? state } : null,
    band: pepSpan(model.federalEvents, today),
    lang,
    title: null,
    url: siteUrl,
    width,
    shape,
  };
  return { figure: "trends", format, spec };
}

/** The chart as a file to send, cached per parameters and per day (the months shown end with today's). */
export function trendsImage(
  cache: RenderCache,
  pool: RenderPool,
  model: StatusModel,
  params: TrendsImageParams,
  format: ImageFormat,
  today: IsoDate,
  siteUrl: string,
): Promise<RenderedFile> {
  const { date, state, weight, lang, width, shape } = params;
  const key = ["trends", format, today, date, state, weight, lang, width, shape];
  return cache.get(model, key, () => pool.render(trendsJob(model, params, format, today, siteUrl)));
}
