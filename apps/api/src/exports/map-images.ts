import type { StatusModel } from "@scomm/core";
import type { MapImageParams } from "./export-params.js";
import type { FigureJob } from "./figure-job.js";
import type { RenderCache } from "./render-cache.js";
import type { RenderPool } from "./render-pool.js";
import type { RenderedFile } from "./rendered-file.js";
import type { ImageFormat } from "./figure-job.js";

/** The map figure's job for the render worker: the same shared composition the browser's export dialog uses. */
export function mapJob(model: StatusModel, params: MapImageParams, format: ImageFormat, siteUrl: string): FigureJob {
  const { date, level, state, lang, width, shape, focus } = params;
  const outline = focus ?? params.outline;
  const spec = {
    timeline: model.timeline,
    date,
    level,
    state: state ? { fips: state, name: nameOf(model, state) } : null,
    outline: outline ? { id: outline, name: nameOf(model, outline) } : null,
    focus: focus !== null,
    lang,
    title: null,
    url: siteUrl,
    width,
    shape,
  };
  return { figure: "map", format, spec };
}

const nameOf = (model: StatusModel, id: string) => model.byId.get(id)?.name ?? id;

/** The map as a file to send, from the cache when it was rendered before with the same parameters. */
export function mapImage(
  cache: RenderCache,
  pool: RenderPool,
  model: StatusModel,
  params: MapImageParams,
  format: ImageFormat,
  siteUrl: string,
): Promise<RenderedFile> {
  const { date, level, state, lang, width, shape, focus, outline } = params;
  const key = ["map", format, date, level, state, lang, width, shape, focus, outline];
  return cache.get(model, key, () => pool.render(mapJob(model, params, format, siteUrl)));
}
