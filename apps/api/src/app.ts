import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_BATCH_CALLS } from "@scomm/core";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import compression from "compression";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import { contextFactory, type AppDeps } from "./context.js";
import { appRouter } from "./router.js";
import { exportsRouter } from "./routes/exports-routes.js";

/** The built dashboard, `apps/web/dist`, found from this file. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface AppOptions {
  /** Folder of the built web app; served with a fallback to its index.html when it exists. */
  webDist?: string;
}

/** The HTTP surface: health, tRPC, the cached timeline, and the web app. Never listens by itself. */
export function createApp(deps: AppDeps, { webDist = WEB_DIST }: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  // The hottest route goes first: the fewer layers Express walks, the closer to a bare node:http server.
  const health = { ok: true, counties: countyCount(deps), events: eventCount(deps) };
  app.get("/healthz", (_req, res) => {
    res.json(health);
  });
  // Text and JSON go out compressed: tRPC answers, CSVs, feeds, SVGs and the web app (the atlas).
  app.use(compression());
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: contextFactory(deps),
      // A bigger batch is refused whole with a 400: one request cannot ask for unbounded work.
      maxBatchSize: MAX_BATCH_CALLS,
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") deps.logger.error(`tRPC ${path ?? "?"} failed`, error);
      },
    }),
  );
  // Stable data URLs, server-rendered images and feeds: before the page fallback, which would answer them with HTML.
  app.use(exportsRouter(deps));
  app.use("/api", (_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  if (existsSync(join(webDist, "index.html"))) {
    // Built assets carry a content hash in their names: cache them for good.
    app.use("/assets", express.static(join(webDist, "assets"), { immutable: true, maxAge: "365d", index: false }));
    app.use(express.static(webDist, { index: false }));
    app.use(spaFallback(join(webDist, "index.html"), deps));
  }
  app.use(errorHandler(deps));
  return app;
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
    const message = status >= 500 ? "internal server error" : error instanceof Error ? error.message : "bad request";
    res.status(status).json({ error: { field: status === 400 ? "url" : undefined, message } });
  };
}

function httpStatusOf(error: unknown): number {
  const status = typeof error === "object" && error && "status" in error ? Number(error.status) : NaN;
  return status >= 400 && status < 600 ? status : 500;
}

/** `decodeURIComponent` that answers null for a malformed escape instead of throwing. */
function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Any other GET that wants a page gets the web app's index.html: the client router takes it from there. */
function spaFallback(indexHtml: string, { model }: AppDeps): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !req.accepts("html")) return next();
    // A jurisdiction page for an id that does not exist still gets the app (it shows the 404 page), with a real 404 status.
    const page = /^\/j\/([^/]+)\/?$/.exec(req.path);
    const id = page ? decodePathPart(page[1]!) : null;
    if (page && (id === null || !model.byId.has(id))) res.status(404);
    res.sendFile(indexHtml);
  };
}

function countyCount({ model }: AppDeps): number {
  return model.jurisdictions.filter((j) => j.level === "county").length;
}

function eventCount({ model }: AppDeps): number {
  return new Set([...model.eventsOf.values()].flat().map((e) => e.id)).size;
}
