import { JURISDICTION_ID, type StatusModel } from "@scomm/core";
import { Router, type Request, type RequestHandler, type Response } from "express";
import { listPublicRevisions, listRetractions, type Db } from "@scomm/db";
import type { z } from "zod";
import type { Clock, Logger } from "../context.js";
import { allowMethods, notFound, READ_METHODS, sendError } from "../http-errors.js";
import { BUNDLE_NAME, dataBundle } from "../exports/data-bundle.js";
import { activationsCsv, eventsCsv, jurisdictionsCsv } from "../exports/data-files.js";
import { dataReadme } from "../exports/data-readme.js";
import { historyByEvent, jurisdictionFeed, siteFeed, type FeedRecord } from "../exports/event-feeds.js";
import { mapImageParamsSchema, paramError, statusParamsSchema, trendsImageParamsSchema } from "../exports/export-params.js";
import { mapImage } from "../exports/map-images.js";
import { createRenderCache, type RenderCache } from "../exports/render-cache.js";
import { createRenderPool, PixelBudgetExceeded, RenderQueueFull, type RenderPool } from "../exports/render-pool.js";
import { renderedFile, sendRendered } from "../exports/rendered-file.js";
import { statusCsv } from "../exports/status-file.js";
import type { ImageFormat } from "../exports/figure-job.js";
import { trendsImage } from "../exports/trends-images.js";

export interface ExportsDeps {
  /** Read on every request, so a rebuilt model (after a publish) is served at once. */
  model: StatusModel;
  /** Where the feeds read the events' public history (publishes, corrections). */
  db: Db;
  clock: Clock;
  logger?: Logger;
  /** The site's public URL (SITE_URL), for credits, feed links and tag: URIs. Never the request's Host. */
  siteUrl: string;
}

/**
 * Made once per model (published record) and parameters, then sent from memory. Data files (CSVs, README,
 * zip, feeds) have a cache of their own, so a crowd of distinct images cannot evict the expensive zip.
 */
export interface ExportsOptions {
  images?: RenderCache;
  files?: RenderCache;
  /** The worker threads that draw the images; created (threads started on demand) when absent. */
  renderPool?: RenderPool;
}

const CSV = "text/csv; charset=utf-8; header=present";
const ATOM = "application/atom+xml; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";

/** Registers a read-only path. */
type Read = (path: string | string[], handler: RequestHandler) => void;
/** Wraps an async handler: render limits answer 400 or 503, anything else is logged and answers 500. */
type Handle = (fn: (req: Request, res: Response) => Promise<void>) => RequestHandler;

interface RouteSet {
  read: Read;
  handle: Handle;
  deps: ExportsDeps;
}

function exportHandler(logger: Logger | undefined): Handle {
  return (fn) => async (req, res) => {
    try {
      await fn(req, res);
    } catch (error) {
      if (error instanceof PixelBudgetExceeded) return sendError(res, 400, error.message, "width");
      if (error instanceof RenderQueueFull) {
        res.setHeader("Retry-After", String(error.retryAfterSeconds));
        return sendError(res, 503, `${error.message}; retry after the time in Retry-After`);
      }
      logger?.error(`export ${req.path} failed`, error);
      if (!res.headersSent) sendError(res, 500, "internal server error");
    }
  };
}

/** /data/*: the record's CSVs, the status on a date, the README and the zip of them all. */
function dataFileRoutes({ read, handle, deps, files }: RouteSet & { files: RenderCache }): void {
  const csv = (name: string, make: (model: StatusModel) => string) =>
    handle(async (req, res) => {
      const file = await files.get(deps.model, ["csv", name], () => renderedFile(make(deps.model), CSV));
      sendRendered(req, res, file, { filename: name });
    });
  read("/data/events.csv", csv("events.csv", eventsCsv));
  read("/data/activations.csv", csv("activations.csv", activationsCsv));
  read("/data/jurisdictions.csv", csv("jurisdictions.csv", jurisdictionsCsv));
  read(
    "/data/status.csv",
    handle(async (req, res) => {
      const params = parseQuery(statusParamsSchema(deps.clock.today()), req, res);
      if (!params) return;
      const file = await files.get(deps.model, ["status", params.date], () => renderedFile(statusCsv(deps.model, params.date), CSV));
      sendRendered(req, res, file, { filename: `status-${params.date}.csv` });
    }),
  );
  read(
    ["/data/README", "/data/README.md"],
    handle(async (req, res) => {
      const today = deps.clock.today();
      sendRendered(req, res, await files.get(deps.model, ["readme", today], () => renderedFile(dataReadme(deps.siteUrl, today), TEXT)));
    }),
  );
  read(
    `/data/${BUNDLE_NAME}`,
    handle(async (req, res) => {
      const today = deps.clock.today();
      const file = await files.get(deps.model, ["zip", today], () =>
        renderedFile(dataBundle(deps.model, deps.siteUrl, today), "application/zip"),
      );
      sendRendered(req, res, file, { filename: BUNDLE_NAME });
    }),
  );
}

/** /export/map.{svg,png} and /export/trends.{svg,png}: the figures, drawn by the render pool. */
function imageRoutes({ read, handle, deps, images, renderPool }: RouteSet & { images: RenderCache; renderPool: RenderPool }): void {
  for (const format of ["svg", "png"] as const satisfies readonly ImageFormat[]) {
    read(
      `/export/map.${format}`,
      handle(async (req, res) => {
        const params = parseQuery(mapImageParamsSchema(deps.clock.today(), deps.model), req, res);
        if (params) sendRendered(req, res, await mapImage(images, renderPool, deps.model, params, format, deps.siteUrl));
      }),
    );
    read(
      `/export/trends.${format}`,
      handle(async (req, res) => {
        const today = deps.clock.today();
        const params = parseQuery(trendsImageParamsSchema(today), req, res);
        if (params) sendRendered(req, res, await trendsImage(images, renderPool, deps.model, params, format, today, deps.siteUrl));
      }),
    );
  }
}

/**
 * Plain URLs for people without the dashboard: /data/* (CSV, README, zip), /export/map.{svg,png},
 * /export/trends.{svg,png} and the Atom feeds. Mount it before the web app's page fallback (which would
 * answer /j/<fips>/feed.atom).
 */
export function exportsRouter(deps: ExportsDeps, options: ExportsOptions = {}): Router {
  const { images = createRenderCache(), files = createRenderCache(64 * 1024 * 1024), renderPool = createRenderPool() } = options;
  const router = Router();
  /** A read-only path: GET (and HEAD), any other method a 405 naming them. */
  const read: Read = (path, handler) => router.route(path).get(handler).all(allowMethods(READ_METHODS));
  const handle = exportHandler(deps.logger);
  dataFileRoutes({ read, handle, deps, files });
  imageRoutes({ read, handle, deps, images, renderPool });
  read(
    "/feed.atom",
    handle(async (req, res) => {
      const today = deps.clock.today();
      const make = async () => renderedFile(siteFeed(deps.model, await publicHistory(deps), deps.siteUrl, today), ATOM);
      sendRendered(req, res, await files.get(deps.model, ["feed", today], make));
    }),
  );
  read(
    "/j/:fips/feed.atom",
    handle(async (req, res) => {
      const fips = String(req.params.fips);
      if (!JURISDICTION_ID.test(fips)) {
        sendError(res, 400, "must be US, a 2-digit state FIPS or a 5-digit county FIPS", "fips");
        return;
      }
      const jurisdiction = deps.model.byId.get(fips);
      if (!jurisdiction) {
        sendError(res, 404, `jurisdiction ${fips} does not exist`, "fips");
        return;
      }
      const today = deps.clock.today();
      const make = async () =>
        renderedFile(jurisdictionFeed(deps.model, await publicHistory(deps), jurisdiction, deps.siteUrl, today), ATOM);
      sendRendered(req, res, await files.get(deps.model, ["feed", fips, today], make));
    }),
  );
  router.use(["/data", "/export"], notFound);
  return router;
}

/**
 * Every event's public steps and the retracted events, for the feeds. Read with the model they are cached by: a
 * publish or retract writes its revision before it swaps the model in, so a feed made for a model holds every
 * step that model shows.
 */
async function publicHistory(deps: ExportsDeps): Promise<FeedRecord> {
  return { history: historyByEvent(await listPublicRevisions(deps.db)), retractions: await listRetractions(deps.db) };
}

/** The query parsed, or null after answering 400 `{ error: { field, message } }`. */
function parseQuery<S extends z.ZodType>(schema: S, req: Request, res: Response): z.output<S> | null {
  const result = schema.safeParse(req.query);
  if (result.success) return result.data;
  res.status(400).json(paramError(result.error));
  return null;
}
