import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
import { bakedIdRaster } from "./build/baked-id-raster-plugin.js";
import { preloadFirstData } from "./build/preload-first-data.js";

/** In dev the api runs apart on :3000; in production it serves this build itself. */
const API = "http://127.0.0.1:3000";

export default defineConfig({
  // Text assets also written brotli- and gzip-compressed at build time: the api serves those as they are
  // (express-static-gzip) instead of compressing on every request.
  // The baked id raster (.bin) too.
  plugins: [
    react(),
    bakedIdRaster(),
    preloadFirstData(),
    compression({ algorithms: ["brotliCompress", "gzip"], threshold: 1024, include: /\.(html|css|json|js|mjs|svg|bin)$/ }),
  ],
  server: {
    // Every path the server answers itself; /embed/* and /j/<fips> are pages the SPA draws, so only their feeds go.
    proxy: {
      "/trpc": API,
      "/api": API,
      "/data": API,
      "/export": API,
      "/feed.atom": API,
      "^/j/[^/]+/feed\\.atom$": API,
      "/healthz": API,
      "/readyz": API,
    },
  },
  // No source maps in the published build: the server would otherwise hand out the sources (issue #10).
  build: {
    outDir: "dist",
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Two chunks for the first screen instead of thirty: what the entry runs first (the map's raster and
        // data), then the app with every module its first render imports. Over HTTP/1.1 (six connections a
        // host) thirty small files queue behind each other; the lazy pages import the app's chunk, always in.
        codeSplitting: {
          groups: [
            { name: "start", test: /src\/main\.ts$/, includeDependenciesRecursively: true, priority: 2 },
            { name: "app", test: /src\/boot\.tsx$/, includeDependenciesRecursively: true, priority: 1 },
          ],
        },
      },
    },
  },
  // The id raster's worker is an ES module (it shares the atlas loader with the page).
  worker: { format: "es" },
});
