import type { Event, IsoDate } from "@scomm/core";
import type { RouterOutputs } from "../../lib/trpc.js";
import type { Period } from "./presets.js";

/** The server's answer (`status.changes`, core's `changesBetween`) for a period in calendar order. */
export type ChangesAnswer = RouterOutputs["status"]["changes"];

/** One county whose category on the view's `to` differs from its category on `from`, and its causes' ids. */
export type Change = ChangesAnswer["changes"][number];

/** The two dates in calendar order: the server answers for (earlier, later], whichever way the view runs. */
export function calendarOrder(from: IsoDate, to: IsoDate): Period {
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The answer's changes read from the view's `from` to its `to`: a view that runs back in time swaps each pair. */
export function orientChanges(answer: ChangesAnswer, from: IsoDate, to: IsoDate): Change[] {
  if (from <= to) return answer.changes;
  return answer.changes.map((change) => ({ ...change, from: change.to, to: change.from }));
}

/**
 * Per timeline entry, 1 where its statuses on the two dates (core's `statusesAt`) agree: the map paints those in
 * its muted grey as soon as the timeline is there, without waiting for the server's list.
 */
export function unchangedMask(before: Uint8Array, after: Uint8Array): Uint8Array {
  return before.map((category, i) => (category === after[i] ? 1 : 0));
}

/** How many of `indexes` the mask marks as changed: the summary's count. */
export function countChanged(unchanged: Uint8Array, indexes: readonly number[]): number {
  return indexes.reduce((n, i) => n + (unchanged[i] === 0 ? 1 : 0), 0);
}

/** A change's causes as events (with their sources), looked up among the answer's events, in date order. */
export function causesFrom(events: readonly Event[]): (change: Change) => Event[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return (change) => change.causes.flatMap((id) => byId.get(id) ?? []);
}
