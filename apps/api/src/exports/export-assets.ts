import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { exportFontFaces, mapGeometryFromTopology, type AtlasTopology, type EmbeddedFontFace, type MapGeometry } from "@scomm/render";

const require = createRequire(import.meta.url);

/** What the server needs to draw a map: geometry, fonts to embed in SVG, and TrueType files for the rasteriser. */
export interface ExportAssets {
  geometry: MapGeometry;
  /** woff2 subsets, base64, for the SVG's @font-face. */
  fontFaces: EmbeddedFontFace[];
  /** IBM Plex Sans regular and semibold as TrueType: resvg reads neither woff2 nor @font-face. */
  fontFiles: string[];
}

let assets: ExportAssets | undefined;

/** Read and convert once (about half a second), on the first image request. */
export function exportAssets(): ExportAssets {
  assets ??= {
    geometry: mapGeometryFromTopology(
      JSON.parse(readFileSync(require.resolve("us-atlas/counties-albers-10m.json"), "utf8")) as AtlasTopology,
    ),
    fontFaces: exportFontFaces((file) => readFileSync(require.resolve(`@fontsource/ibm-plex-sans/files/${file}`)).toString("base64")),
    fontFiles: [
      require.resolve("@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf"),
      require.resolve("@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf"),
    ],
  };
  return assets;
}
