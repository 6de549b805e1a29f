import { EXPORT_FONT_FILES, exportFontFaces, type EmbeddedFontFace } from "@scomm/render";
import latin400 from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2?url";
import latinExt400 from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-ext-400-normal.woff2?url";
import latin600 from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2?url";
import latinExt600 from "@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-ext-600-normal.woff2?url";

/** Where the build put each woff2 file that render's `EXPORT_FONT_FILES` names (the same files the api embeds). */
const FONT_URLS: Record<string, string> = {
  "ibm-plex-sans-latin-400-normal.woff2": latin400,
  "ibm-plex-sans-latin-ext-400-normal.woff2": latinExt400,
  "ibm-plex-sans-latin-600-normal.woff2": latin600,
  "ibm-plex-sans-latin-ext-600-normal.woff2": latinExt600,
};

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The font faces an exported SVG embeds, fetched once (about 80 KB) when the export dialog first needs them. */
export async function loadExportFonts(): Promise<EmbeddedFontFace[]> {
  const entries = await Promise.all(
    EXPORT_FONT_FILES.map(async ({ file }) => {
      const url = FONT_URLS[file];
      if (!url) throw new Error(`no bundled font file ${file}`);
      return [file, await base64Of(url)] as const;
    }),
  );
  const base64 = new Map(entries);
  return exportFontFaces((file) => base64.get(file)!);
}
