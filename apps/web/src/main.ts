/**
 * The page's first script, kept tiny: the map's raster worker and the geometry it waits for start at once,
 * not after the app's modules have loaded and evaluated; then the app (its modules are preloaded by the HTML,
 * see build/preload-first-data.ts).
 */
import "./features/map/start-map.js";

void import("./boot.js");
