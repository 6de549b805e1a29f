/**
 * Imported first by the entry: the map's geometry (preloaded by the HTML) is taken up and the raster worker
 * started while the rest of the app's modules still evaluate. Other pages pay one idle worker.
 */
import { warmRasterWorker } from "./raster-client.js";

warmRasterWorker();
