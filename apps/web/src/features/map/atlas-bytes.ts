import atlasUrl from "./counties-albers-simplified.json?url";

let atlasBytes: Promise<ArrayBuffer> | null = null;

/**
 * The geometry file's bytes, fetched once per page (the HTML preloads it): the page and the raster worker
 * share them. Its own module, free of the geometry libraries, so the page's first script can start it.
 */
export function fetchAtlasBytes(): Promise<ArrayBuffer> {
  atlasBytes ??= fetch(atlasUrl).then((response) => {
    if (!response.ok) throw new Error(`map geometry: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  return atlasBytes;
}
