import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_BATCH_CALLS, type StatusModel } from "@scomm/core";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import compression from "compression";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import expressStaticGzip from "express-static-gzip";
import { pingDatabase } from "@scomm/db";
import { contextFactory, type AppDeps } from "./context.js";
import type { RenderPool } from "./exports/render-pool.js";
import { mutationGuard } from "./mutation-guard.js";
import { allowMethods, notFound, READ_METHODS, sendError, type ErrorStatus } from "./http-errors.js";
import { DEFAULT_RATE_LIMITS, rateLimiters, type RateLimits } from "./rate-limits.js";
import { appRouter } from "./router.js";
import { exportsRouter } from "./routes/exports-routes.js";
import { crawlerRoutes, isKnownPage } from "./routes/site-pages.js";
import { securityHeaders } from "./security-headers.js";
import type { Readiness } from "./shutdown.js";
import { TIMELINE_PATH } from "./timeline-route.js";

/** The built dashboard, `apps/web/dist`, found from this file. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface AppOptions {
  /** Folder of the built web app; served with a fallback to its index.html when it exists. */
  webDist?: string;
  /** Requests per IP per minute on images, data files and search (rate-limits.ts). */
  rateLimits?: RateLimits;
  /** The worker threads that draw /export images; the caller closes it. */
  renderPool?: RenderPool;
  /** Set `draining` on shutdown: /readyz then answers 503. */
  readiness?: Readiness;
}

/** The HTTP surface: health, tRPC, the cached timeline, and the web app. Never listens by itself. */
export function createApp(deps: AppDeps, options: AppOptions = {}): Express {
  const { webDist = WEB_DIST, rateLimits = DEFAULT_RATE_LIMITS, renderPool, readiness = { draining: false } } = options;
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders);
  // The hottest route goes first: the fewer layers Express walks, the closer to a bare node:http server.
  app.get("/healthz", (_req, res) => {
    res.json(healthOf(deps));
  });
  app.get("/readyz", readyz(deps, readiness));
  // Text and JSON go out compressed: tRPC answers, CSVs, feeds, SVGs and the web app (the atlas).
  app.use(compression());
  const limits = rateLimiters(rateLimits);
  // Queries are asked with GET; mutations with POST, a JSON body and the site's own Origin (mutation-guard.ts).
  app.use(
    "/trpc",
    allowMethods([...READ_METHODS, "POST"]),
    mutationGuard(deps.siteUrl),
    limits.search,
    limits.signIn,
    limits.writes,
    ...limits.corrections,
    createExpressMiddleware({
      router: appRouter,
      createContext: contextFactory(deps),
      // A bigger batch is refused whole with a 400: one request cannot ask for unbounded work.
      maxBatchSize: MAX_BATCH_CALLS,
      // An event with 20 sources of 2 KB addresses stays far under this; tRPC answers a bigger body with a 413.
      maxBodySize: MAX_BODY_BYTES,
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") deps.logger.error(`tRPC ${path ?? "?"} failed`, error);
      },
    }),
  );
  // Stable data URLs, server-rendered images and feeds: before the page fallback, which would answer them with HTML.
  app.use("/export", limits.images);
  app.use("/data", limits.data);
  app.use(exportsRouter(deps, renderPool ? { renderPool } : {}));
  app.use(crawlerRoutes(deps));
  // GET and HEAD of the timeline are answered ahead of Express (server.ts); any other method lands here.
  app.all(TIMELINE_PATH, allowMethods(READ_METHODS));
  app.use("/api", notFound);
  // Source maps are not published (the build emits none; a stray one is still refused).
  app.get(/\.map$/, notFound);
  if (existsSync(join(webDist, "index.html"))) serveWebApp(app, webDist, deps);
  // Every other path is a page (GET) or nothing.
  app.use(allowMethods(READ_METHODS));
  app.use(notFound);
  app.use(errorHandler(deps));
  return app;
}

/** Ready for traffic: the model is built (createApp runs after it), the database answers, and no drain began. */
function readyz(deps: AppDeps, readiness: Readiness): RequestHandler {
  return async (_req, res) => {
    if (readiness.draining) return sendError(res, 503, "the server is shutting down");
    try {
      await pingDatabase(deps.db);
      res.json({ ready: true });
    } catch (error) {
      deps.logger.error("readyz: the database does not answer", error);
      sendError(res, 503, "the database does not answer");
    }
  };
}

/**
 * The built web app. Built assets carry a content hash in their names: cache them for good. A missing one is
 * a 404, never the page. The build wrote each text asset brotli- and gzip-compressed too: those bytes are
 * sent as they are. Any other path gets the page.
 */
function serveWebApp(app: Express, webDist: string, deps: AppDeps): void {
  const assets = { immutable: true, maxAge: "365d", index: false, fallthrough: false } as const;
  app.use(
    "/assets",
    allowMethods(READ_METHODS),
    expressStaticGzip(join(webDist, "assets"), { enableBrotli: true, orderPreference: ["br", "gz"], serveStatic: assets }),
  );
  app.use(express.static(webDist, { index: false }));
  app.use(spaFallback(join(webDist, "index.html"), deps));
}

/**
 * The last word on any failure Express itself catches (a malformed URL escape, a body it cannot parse):
 * a JSON answer with the status Express chose, and never a stack trace; server faults are logged.
 */
function errorHandler({ logger }: AppDeps): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error(`${req.method} ${req.path} failed`, error);
    if (res.headersSent) return void res.end();
    if (status === 404) return notFound(req, res, () => {});
    if (status >= 500) return sendError(res, 500, "internal server error");
    sendError(res, 400, error instanceof Error ? error.message : "bad request", "url");
  };
}

function httpStatusOf(error: unknown): ErrorStatus {
  const status = typeof error === "object" && error && "status" in error ? Number(error.status) : NaN;
  return status === 404 ? 404 : status >= 400 && status < 500 ? 400 : 500;
}

/**
 * Any other GET that wants a page gets the web app's index.html: the client router takes it from there. A
 * path that is no page (or a jurisdiction that does not exist) still gets the app, which shows its 404 page,
 * with a real 404 status.
 */
function spaFallback(indexHtml: string, deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !req.accepts("html")) return next();
    if (!isKnownPage(req.path, deps)) res.status(404);
    res.sendFile(indexHtml);
  };
}

const MAX_BODY_BYTES = 256 * 1024;

interface Health {
  ok: true;
  counties: number;
  events: number;
  modelVersion: number;
  /** The published record's digest: every instance serving the same record answers the same. */
  record: string;
}
const healthOfModel = new WeakMap<StatusModel, Health>();

/** What /healthz answers, counted once per model served. */
function healthOf({ model, modelVersion, recordDigest }: AppDeps): Health {
  let health = healthOfModel.get(model);
  if (!health) {
    const counties = model.jurisdictions.filter((j) => j.level === "county").length;
    const events = new Set([...model.eventsOf.values()].flat().map((e) => e.id)).size;
    health = { ok: true, counties, events, modelVersion, record: recordDigest };
    healthOfModel.set(model, health);
  }
  return health;
}
