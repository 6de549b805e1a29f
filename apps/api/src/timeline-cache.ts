import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { toWire, type StatusModel, type TimelineWire } from "@scomm/core";

/** The compact status timeline, encoded once: the tRPC procedure returns `wire`, the plain route sends `body`. */
export interface TimelineCache {
  wire: TimelineWire;
  body: Buffer;
  /** `body` gzipped once, for clients that accept it. */
  gzipped: Buffer;
  /** Strong ETag of `body`, quoted. */
  etag: string;
}

export function createTimelineCache(model: StatusModel): TimelineCache {
  const wire = toWire(model.timeline);
  const body = Buffer.from(JSON.stringify(wire));
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  return { wire, body, gzipped: gzipSync(body, { level: 9 }), etag };
}
