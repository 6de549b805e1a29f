import type { EmbeddedFontFace } from "./defs.js";

/** One woff2 file of `@fontsource/ibm-plex-sans` (in its `files/` folder) that exports embed. */
export interface ExportFontFile {
  file: string;
  weight: EmbeddedFontFace["weight"];
  unicodeRange: string;
}

const LATIN =
  "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";
const LATIN_EXT =
  "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF";

/**
 * The font files an exported SVG carries: IBM Plex Sans regular and semibold, Latin and Latin Extended
 * subsets (about 80 KB together). Any other character falls back to the viewer's fonts.
 */
export const EXPORT_FONT_FILES: readonly ExportFontFile[] = [
  { file: "ibm-plex-sans-latin-400-normal.woff2", weight: 400, unicodeRange: LATIN },
  { file: "ibm-plex-sans-latin-ext-400-normal.woff2", weight: 400, unicodeRange: LATIN_EXT },
  { file: "ibm-plex-sans-latin-600-normal.woff2", weight: 600, unicodeRange: LATIN },
  { file: "ibm-plex-sans-latin-ext-600-normal.woff2", weight: 600, unicodeRange: LATIN_EXT },
];

/** The faces to pass to `renderMapSvg`, given each file's base64 (read by the caller: this package does no I/O). */
export function exportFontFaces(base64Of: (file: string) => string): EmbeddedFontFace[] {
  return EXPORT_FONT_FILES.map(({ file, weight, unicodeRange }) => ({ weight, format: "woff2", base64: base64Of(file), unicodeRange }));
}
