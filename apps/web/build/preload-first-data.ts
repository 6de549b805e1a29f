import type { HtmlTagDescriptor, Plugin, Rollup } from "vite";

/** The status timeline every view draws from, served by the api at a fixed path. */
const TIMELINE_PATH = "/api/timeline.json";
/** The baked id raster (the first frame's) and the map geometry, emitted as hashed assets under these source names. */
const DATA_SOURCES = ["counties-ids.bin", "counties-albers-simplified.json"];

/**
 * Starts the first screen's data downloads (timeline, baked id raster, geometry) from the HTML, in parallel with the scripts, instead of
 * after the app has run: `<link rel="preload" as="fetch" crossorigin>` matches the app's later `fetch()`
 * (same URL, CORS mode, same-origin credentials), so the browser hands it the response already under way.
 */
export function preloadFirstData(): Plugin {
  return {
    name: "scomm:preload-first-data",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const assets = DATA_SOURCES.flatMap((source) =>
          Object.values(bundle ?? {}).filter(
            (file) => file.type === "asset" && file.originalFileNames.some((name) => name.endsWith(source)),
          ),
        );
        const hrefs = [TIMELINE_PATH, ...assets.map((asset) => `/${asset.fileName}`)];
        const data = hrefs.map((href) => ({
          tag: "link",
          attrs: { rel: "preload", href, as: "fetch", crossorigin: "" },
          injectTo: "head" as const,
        }));
        return [...data, ...appTags(bundle ?? {})];
      },
    },
  };
}

/**
 * The entry only starts the map's first raster and then imports the app: its modules (preloaded) and stylesheets
 * are named in the HTML, so they load in parallel with the entry instead of after it has run.
 */
function appTags(bundle: Rollup.OutputBundle): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === "chunk");
  const entry = chunks.find((chunk) => chunk.isEntry);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The entry and the chunks it imports (statically: they run first) name the app's chunk as a dynamic import.
  const first = new Set<string>();
  const collect = (fileName: string) => {
    const chunk = byName.get(fileName);
    if (!chunk || first.has(fileName)) return;
    first.add(fileName);
    for (const imported of chunk.imports) collect(imported);
  };
  if (entry) collect(entry.fileName);
  const modules: string[] = [];
  const css: string[] = [];
  // Depth first, a chunk after what it imports: stylesheets keep the cascade order Vite gives them.
  const visit = (fileName: string) => {
    const chunk = byName.get(fileName);
    if (!chunk || modules.includes(fileName) || first.has(fileName)) return;
    modules.push(fileName);
    for (const imported of chunk.imports) visit(imported);
    for (const sheet of chunk.viteMetadata?.importedCss ?? []) if (!css.includes(sheet)) css.push(sheet);
  };
  for (const fileName of first) for (const imported of byName.get(fileName)!.dynamicImports) if (!first.has(imported)) visit(imported);
  const link = (rel: string, href: string): HtmlTagDescriptor => ({
    tag: "link",
    attrs: { rel, crossorigin: "", href: `/${href}` },
    injectTo: "head",
  });
  return [...css.map((href) => link("stylesheet", href)), ...modules.map((href) => link("modulepreload", href))];
}
