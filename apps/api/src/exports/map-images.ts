import { createHash } from "node:crypto";
import { renderAsync } from "@resvg/resvg-js";
import { CATEGORIES, countCategories, indexesOf, statusesAt, type Category, type StatusModel } from "@scomm/core";
import { FONT_FAMILY, figureText, renderMapSvg, SITE_NAME } from "@scomm/render";
import { exportAssets, type ExportAssets } from "./export-assets.js";
import type { MapImageParams } from "./export-params.js";
import { ByteLru } from "./lru-cache.js";

export type ImageFormat = "svg" | "png";

/** A rendered image with its strong ETag, ready to send. */
export interface RenderedFile {
  body: Buffer;
  etag: string;
  contentType: string;
  byteLength: number;
}

export interface MapImages {
  render(model: StatusModel, params: MapImageParams, format: ImageFormat, siteUrl: string): Promise<RenderedFile>;
}

/** The map figure as SVG: the same shared composition the browser's export dialog uses. */
export function mapSvg(model: StatusModel, params: MapImageParams, siteUrl: string, assets: ExportAssets = exportAssets()): string {
  const { date, level, state, lang, width } = params;
  const statuses = statusesAt(model.timeline, date);
  const indexes = indexesOf(model.timeline, level, state ?? undefined);
  const categories = new Map<string, Category>(indexes.map((i) => [model.timeline.ids[i]!, CATEGORIES[statuses[i]!]!]));
  const text = figureText(lang, level, date, state ? (model.byId.get(state)?.name ?? state) : null);
  return renderMapSvg({
    geometry: assets.geometry,
    level,
    categories,
    stateFips: state,
    ...text,
    counts: countCategories(statuses, indexes),
    credit: SITE_NAME,
    url: siteUrl,
    width,
    fontFaces: assets.fontFaces,
  });
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

/**
 * Rendered maps cached per model and normalised parameter set (LRU, bounded in bytes); concurrent requests
 * for the same image share one rendering.
 */
export function createMapImages({ maxBytes = 96 * 1024 * 1024 } = {}): MapImages {
  const cache = new ByteLru<RenderedFile>(maxBytes);
  const pending = new Map<string, Promise<RenderedFile>>();
  const modelIds = new WeakMap<StatusModel, number>();
  let nextModelId = 0;
  return {
    async render(model, params, format, siteUrl) {
      if (!modelIds.has(model)) modelIds.set(model, nextModelId++);
      const key = JSON.stringify([modelIds.get(model), format, siteUrl, params.date, params.level, params.state, params.lang, params.width]);
      const hit = cache.get(key) ?? pending.get(key);
      if (hit) return hit;
      const rendering = (async () => {
        const svg = mapSvg(model, params, siteUrl);
        const body = format === "svg" ? Buffer.from(svg) : await svgToPng(svg);
        const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
        return { body, etag, contentType: CONTENT_TYPES[format], byteLength: body.length };
      })();
      pending.set(key, rendering);
      try {
        const file = await rendering;
        cache.set(key, file);
        return file;
      } finally {
        pending.delete(key);
      }
    },
  };
}
