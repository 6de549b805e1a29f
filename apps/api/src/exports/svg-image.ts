import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY } from "@scomm/render";
import { exportAssets, type ExportAssets } from "./export-assets.js";

/**
 * Rasterise with resvg, fonts from the TrueType files since resvg ignores @font-face. Synchronous: it runs
 * in a render worker thread (render-worker.ts), never on the server's event loop.
 */
export function svgToPng(svg: string, assets: ExportAssets = exportAssets()): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: assets.fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
