import type { Plugin } from "vite";

/** The status timeline every view draws from, served by the api at a fixed path. */
const TIMELINE_PATH = "/api/timeline.json";
/** The map geometry, emitted as a hashed asset under this source name. */
const ATLAS_SOURCE = "counties-albers-simplified.json";

/**
 * Starts the first screen's two data downloads from the HTML, in parallel with the scripts, instead of
 * after the app has run: `<link rel="preload" as="fetch" crossorigin>` matches the app's later `fetch()`
 * (same URL, CORS mode, same-origin credentials), so the browser hands it the response already under way.
 */
export function preloadFirstData(): Plugin {
  return {
    name: "scomm:preload-first-data",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const atlas = Object.values(bundle ?? {}).find(
          (file) => file.type === "asset" && file.originalFileNames.some((name) => name.endsWith(ATLAS_SOURCE)),
        );
        const hrefs = [TIMELINE_PATH, ...(atlas ? [`/${atlas.fileName}`] : [])];
        return hrefs.map((href) => ({
          tag: "link",
          attrs: { rel: "preload", href, as: "fetch", crossorigin: "" },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
