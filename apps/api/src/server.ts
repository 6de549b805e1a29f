import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { createApp, type AppOptions } from "./app.js";
import { errorBody } from "./http-errors.js";
import type { AppDeps } from "./context.js";
import { securityHeaders } from "./security-headers.js";
import { BY_ID_PATH, jurisdictionHandler } from "./jurisdiction-route.js";
import { TIMELINE_PATH, timelineHandler } from "./timeline-route.js";

export interface ServerOptions extends AppOptions {
  /** Logs each request as it is answered (logger.ts); none in tests. */
  logRequest?: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The HTTP server: the hottest reads (the precomputed status timeline every map view fetches, and the one
 * query every jurisdiction page makes) are answered straight from node:http, ahead of Express's per-request
 * routing, with the same security headers; everything else goes to the Express app.
 */
export function createHttpServer(deps: AppDeps, options: ServerOptions = {}): Server {
  const app = createApp(deps, options);
  // The timeline of the model served now: a publish swaps `deps.timeline` (model-refresh.ts).
  const timeline = timelineHandler(() => deps.timeline);
  const jurisdiction = jurisdictionHandler(deps, app);
  const { logRequest } = options;
  const server = createServer((req, res) => {
    logRequest?.(req, res);
    const path = req.method === "GET" || req.method === "HEAD" ? req.url?.split("?")[0] : undefined;
    if (path === TIMELINE_PATH) securityHeaders(req, res, () => timeline(req, res));
    else if (path === BY_ID_PATH) securityHeaders(req, res, () => jurisdiction(req, res));
    else app(req, res);
  });
  return server.on("clientError", answerClientError);
}

/**
 * A request Node refuses before any handler sees it (a URL and headers over 16 KB, bytes that are not HTTP)
 * still gets a JSON body naming the problem, in the shape the plain URLs use; Node's own answer has none.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const message = tooLarge ? "the URL and headers must stay under 16 KB" : "the request is not valid HTTP";
  const body = JSON.stringify(errorBody(status, message, tooLarge ? "url" : "request"));
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}
