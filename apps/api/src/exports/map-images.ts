import type { StatusModel } from "@scomm/core";
import { mapFigureInput, renderMapSvg } from "@scomm/render";
import { exportAssets, type ExportAssets } from "./export-assets.js";
import type { MapImageParams } from "./export-params.js";
import type { RenderCache } from "./render-cache.js";
import type { RenderedFile } from "./rendered-file.js";
import { imageFile, type ImageFormat } from "./svg-image.js";

/** The map figure as SVG: the same shared composition the browser's export dialog uses. */
export function mapSvg(model: StatusModel, params: MapImageParams, siteUrl: string, assets: ExportAssets = exportAssets()): string {
  const { date, level, state, lang, width } = params;
  return renderMapSvg(
    mapFigureInput({
      geometry: assets.geometry,
      timeline: model.timeline,
      date,
      level,
      state: state ? { fips: state, name: model.byId.get(state)?.name ?? state } : null,
      lang,
      title: null,
      url: siteUrl,
      width,
      fontFaces: assets.fontFaces,
    }),
  );
}

/** The map as a file to send, from the cache when it was rendered before with the same parameters. */
export function mapImage(cache: RenderCache, model: StatusModel, params: MapImageParams, format: ImageFormat, siteUrl: string): Promise<RenderedFile> {
  const { date, level, state, lang, width } = params;
  return cache.get(model, ["map", format, date, level, state, lang, width], () => imageFile(mapSvg(model, params, siteUrl), format));
}
