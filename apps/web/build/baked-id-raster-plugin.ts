import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { bakeIdRaster } from "./bake-id-raster.js";

const ATLAS = fileURLToPath(new URL("../src/features/map/counties-albers-simplified.json", import.meta.url));
/** Written at build (and dev) start, outside the sources and ignored by git. */
const OUT = fileURLToPath(new URL("../.baked/counties-ids.bin", import.meta.url));
const VIRTUAL = "virtual:baked-id-raster";
/** The atlas' box in map units, and the baked raster's width in pixels (one pixel a map unit). */
const MAP = { width: 975, height: 610 };

/**
 * `import { BAKED_ID_RASTER } from "virtual:baked-id-raster"`: the URL of the country's id raster baked from
 * the committed atlas (`bake-id-raster.ts`; an asset, hashed, precompressed like the rest), its size and its
 * county count.
 */
export function bakedIdRaster(): Plugin {
  let baked: { width: number; height: number; count: number } | null = null;
  return {
    name: "scomm:baked-id-raster",
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      if (!baked) {
        const { ids, ...size } = bakeIdRaster(JSON.parse(readFileSync(ATLAS, "utf8")), MAP.width, MAP.height, MAP.width);
        mkdirSync(new URL("../.baked/", import.meta.url), { recursive: true });
        writeFileSync(OUT, new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength));
        baked = size;
      }
      this.addWatchFile(ATLAS);
      return `import url from ${JSON.stringify(`${OUT}?url`)};\nexport const BAKED_ID_RASTER = { url, ...${JSON.stringify(baked)} };\n`;
    },
  };
}
