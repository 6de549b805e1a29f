import type { IncomingMessage, ServerResponse } from "node:http";
import type { TimelineCache } from "./timeline-cache.js";

export const TIMELINE_PATH = "/api/timeline.json";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * GET /api/timeline.json answered from the timeline `current()` gives (the one of the model served now), with
 * headers made once per timeline.
 */
export function timelineHandler(current: () => TimelineCache): Handler {
  const handlers = new WeakMap<TimelineCache, Handler>();
  return (req, res) => {
    const cache = current();
    let handler = handlers.get(cache);
    if (!handler) handlers.set(cache, (handler = cachedTimelineHandler(cache)));
    handler(req, res);
  };
}

/**
 * One timeline's precomputed bytes with their strong ETag, 304 when the client has them.
 * Written with writeHead/end so Express neither re-hashes nor re-encodes the body on every request.
 */
function cachedTimelineHandler(cache: TimelineCache): Handler {
  const validators = ["Cache-Control", "public, no-cache", "ETag", cache.etag];
  const full = timelineHeaders(cache);
  const gzipped = [
    ...timelineHeaders({ body: cache.gzipped, etag: cache.etag }),
    "Content-Encoding", "gzip",
    "Vary", "Accept-Encoding",
  ];
  return (req, res) => {
    if (matchesEtag(req.headers["if-none-match"], cache.etag)) res.writeHead(304, validators).end();
    else if (acceptsGzip(req.headers["accept-encoding"])) res.writeHead(200, gzipped).end(cache.gzipped);
    else res.writeHead(200, full).end(cache.body);
  };
}

/** The 200 response's headers as a flat [name, value, ...] list (the bench's bare server sends the same). */
export function timelineHeaders({ body, etag }: Pick<TimelineCache, "body" | "etag">): string[] {
  return [
    "Content-Type", "application/json; charset=utf-8",
    "Content-Length", String(body.length),
    "Cache-Control", "public, no-cache",
    "ETag", etag,
  ];
}

/** True when Accept-Encoding lists gzip (or *) with a non-zero quality. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** If-None-Match is a list of (possibly weak) entity tags, or `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}
