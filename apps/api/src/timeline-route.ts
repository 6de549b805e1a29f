import type { IncomingMessage, ServerResponse } from "node:http";
import { sendPrecomputedJson } from "./precomputed-json.js";
import type { TimelineCache } from "./timeline-cache.js";

export const TIMELINE_PATH = "/api/timeline.json";

/** GET /api/timeline.json: the precomputed bytes with their strong ETag, 304 when the client has them. */
export function timelineHandler(cache: TimelineCache): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => sendPrecomputedJson(req, res, cache);
}
