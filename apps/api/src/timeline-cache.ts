import { createHash } from "node:crypto";
import { toWire, type StatusModel, type TimelineWire } from "@scomm/core";
import { precomputeJson, type PrecomputedJson } from "./precomputed-json.js";

/** The compact status timeline, encoded once: the tRPC procedure returns `wire`, the plain route sends the bytes. */
export interface TimelineCache extends PrecomputedJson {
  wire: TimelineWire;
}

/**
 * The timeline's ETag names its bytes and the record they came from (`recordDigest`, model-refresh.ts): a
 * publish that leaves every status as it was (a corrected summary, a new source) still changes it, so the one
 * conditional request an open page repeats (apps/web use-status-timeline.ts) learns of every change.
 */
export function createTimelineCache(model: StatusModel, recordDigest: string): TimelineCache {
  const wire = toWire(model.timeline);
  const json = precomputeJson(JSON.stringify(wire), 9);
  const etag = `"${createHash("sha256").update(`${json.etag} ${recordDigest}`).digest("base64url")}"`;
  return { wire, ...json, etag };
}
