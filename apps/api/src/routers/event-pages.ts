import { byDate, MAX_EVENTS_PAGE, type Event } from "@scomm/core";
import { z } from "zod";

/** Paging of `events.list`: at most MAX_EVENTS_PAGE events at a time, the next page after a cursor. */
export const eventPageSchema = z.object({
  /** The id of the last event of the previous page (its `nextCursor`). */
  cursor: z.string().max(200, "must be an event id").optional(),
  limit: z
    .number({ error: `must be an integer from 1 to ${MAX_EVENTS_PAGE}` })
    .int(`must be an integer from 1 to ${MAX_EVENTS_PAGE}`)
    .min(1, `must be an integer from 1 to ${MAX_EVENTS_PAGE}`)
    .max(MAX_EVENTS_PAGE, `must be an integer from 1 to ${MAX_EVENTS_PAGE}`)
    .default(MAX_EVENTS_PAGE),
});

export interface EventPage {
  events: Event[];
  /** The cursor of the next page; null on the last. */
  nextCursor: string | null;
}

/** Up to `limit` events that follow `after` in date order (all of them from the first when `after` is absent). */
export function pageOf(events: readonly Event[], after: Event | undefined, limit: number): EventPage {
  const start = after ? events.findIndex((e) => byDate(e, after) > 0) : 0;
  if (start < 0) return { events: [], nextCursor: null };
  const page = events.slice(start, start + limit);
  return { events: page, nextCursor: start + limit < events.length ? page.at(-1)!.id : null };
}
