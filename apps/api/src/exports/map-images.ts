import { renderAsync } from "@resvg/resvg-js";
import type { StatusModel } from "@scomm/core";
import { FONT_FAMILY, mapFigureInput, renderMapSvg } from "@scomm/render";
import { exportAssets, type ExportAssets } from "./export-assets.js";
import type { MapImageParams } from "./export-params.js";
import type { RenderCache } from "./render-cache.js";
import { renderedFile, type RenderedFile } from "./rendered-file.js";

export type ImageFormat = "svg" | "png";

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

/** Rasterise with resvg (off the main thread), fonts from the TrueType files since resvg ignores @font-face. */
export async function svgToPng(svg: string, assets: ExportAssets = exportAssets()): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: assets.fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return image.asPng();
}

const CONTENT_TYPES: Record<ImageFormat, string> = { svg: "image/svg+xml; charset=utf-8", png: "image/png" };

/** The map as a file to send, from the cache when it was rendered before with the same parameters. */
export function mapImage(cache: RenderCache, model: StatusModel, params: MapImageParams, format: ImageFormat, siteUrl: string): Promise<RenderedFile> {
  const { date, level, state, lang, width } = params;
  return cache.get(model, ["map", format, siteUrl, date, level, state, lang, width], async () => {
    const svg = mapSvg(model, params, siteUrl);
    return renderedFile(format === "svg" ? svg : await svgToPng(svg), CONTENT_TYPES[format]);
  });
}
