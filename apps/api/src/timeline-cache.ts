import { toWire, type StatusModel, type TimelineWire } from "@scomm/core";
import { precomputeJson, type PrecomputedJson } from "./precomputed-json.js";

/** The compact status timeline, encoded once: the tRPC procedure returns `wire`, the plain route sends the bytes. */
export interface TimelineCache extends PrecomputedJson {
  wire: TimelineWire;
}

export function createTimelineCache(model: StatusModel): TimelineCache {
  const wire = toWire(model.timeline);
  return { wire, ...precomputeJson(JSON.stringify(wire), 9) };
}
