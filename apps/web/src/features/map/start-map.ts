/**
 * Imported by the entry before the app: the map's first id raster (baked at build time, preloaded by the HTML)
 * and the geometry are taken up while the app's modules still load and evaluate.
 *
 * The baked raster serves a map no wider than itself at one device pixel per CSS pixel; the map takes part of
 * the window, so a window up to half as wide again is a good guess that it will. Then the raster worker, which
 * parses the geometry (a few hundred ms of CPU), waits until the first map frame is up instead of competing with
 * it. A wrong guess costs only that: the worker starts when the map asks for a raster, or parses alongside.
 */
import { BAKED_ID_RASTER } from "virtual:baked-id-raster";
import { fetchBaked } from "./baked-raster.js";
import { warmRasterWorker } from "./raster-client.js";

void fetchBaked().catch(() => {}); // a failure is reported when the map asks for the raster
const bakedLikely = window.devicePixelRatio <= 1 && window.innerWidth <= BAKED_ID_RASTER.width * 1.5;
if (!bakedLikely) warmRasterWorker();
