import { createServer, STATUS_CODES, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { createApp, type AppOptions } from "./app.js";
import type { AppDeps } from "./context.js";
import { timelineHandler } from "./timeline-route.js";

export const TIMELINE_PATH = "/api/timeline.json";

/**
 * The HTTP server: the hottest read (the precomputed status timeline every map view fetches) is answered
 * straight from node:http, ahead of Express's per-request routing; everything else goes to the Express app.
 */
export function createHttpServer(deps: AppDeps, options?: AppOptions): Server {
  const app = createApp(deps, options);
  const timeline = timelineHandler(deps.timeline);
  const server = createServer((req, res) => {
    if ((req.method === "GET" || req.method === "HEAD") && req.url?.split("?")[0] === TIMELINE_PATH) timeline(req, res);
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
  const body = JSON.stringify({ error: { field: tooLarge ? "url" : "request", message } });
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, "Content-Type: application/json; charset=utf-8", `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close"];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}
