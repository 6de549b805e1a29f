import { renderAsync } from "@resvg/resvg-js";
import { FONT_FAMILY } from "@scomm/render";
import { exportAssets, type ExportAssets } from "./export-assets.js";
import { renderedFile, type RenderedFile } from "./rendered-file.js";

/** The two ways an exported figure is served: the SVG as composed, or rasterised to PNG. */
export type ImageFormat = "svg" | "png";

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

/** A composed figure as the file to send: the SVG itself, or its PNG at the SVG's pixel size. */
export async function imageFile(svg: string, format: ImageFormat): Promise<RenderedFile> {
  return renderedFile(format === "svg" ? svg : await svgToPng(svg), CONTENT_TYPES[format]);
}
