import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createApp, type AppOptions } from "./app.js";
import type { AppDeps } from "./context.js";
import { securityHeaders } from "./security-headers.js";
import { TIMELINE_PATH, timelineHandler } from "./timeline-route.js";

export interface ServerOptions extends AppOptions {
  /** Logs each request as it is answered (logger.ts); none in tests. */
  logRequest?: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The HTTP server: the hottest read (the precomputed status timeline every map view fetches) is answered
 * straight from node:http, ahead of Express's per-request routing; everything else goes to the Express app.
 */
export function createHttpServer(deps: AppDeps, options: ServerOptions = {}): Server {
  const app = createApp(deps, options);
  const timeline = timelineHandler(deps.timeline);
  const { logRequest } = options;
  return createServer((req, res) => {
    logRequest?.(req, res);
    if ((req.method === "GET" || req.method === "HEAD") && req.url?.split("?")[0] === TIMELINE_PATH) securityHeaders(req, res, () => timeline(req, res));
    else app(req, res);
  });
}
