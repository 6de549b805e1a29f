import { isRosterEventId, RECORD_UPDATED } from "@scomm/data";
import { lastActivation, type LastActivation, type StatusModel } from "@scomm/core";
import { allEvents } from "../exports/model-events.js";
import { publicProcedure, router } from "../trpc.js";

/** What the About page says of the record as a whole. */
export interface RecordSummary {
  /** The newest researched event's date (roster activations aside). */
  eventsThrough: string | null;
  /** When the dataset was last brought up to date. */
  updated: string;
  /** Researched events, and all events with the roster's activations. */
  researchedEvents: number;
  events: number;
}

export const recordRouter = router({
  summary: publicProcedure.query(({ ctx }) => recordSummary(ctx.model)),
  /** The rollout's end for the slider's milestone: the latest switch-on day, its count and sources (a few hundred bytes). */
  lastActivation: publicProcedure.query(({ ctx }) => lastActivationOf(ctx.model)),
});

const lastActivations = new WeakMap<StatusModel, LastActivation | null>();

function lastActivationOf(model: StatusModel): LastActivation | null {
  if (!lastActivations.has(model)) lastActivations.set(model, lastActivation(model));
  return lastActivations.get(model)!;
}

const summaries = new WeakMap<StatusModel, RecordSummary>();

function recordSummary(model: StatusModel): RecordSummary {
  let summary = summaries.get(model);
  if (!summary) {
    const events = allEvents(model);
    const researched = events.filter((e) => !isRosterEventId(e.id));
    summary = {
      eventsThrough: researched.at(-1)?.date ?? null,
      updated: RECORD_UPDATED,
      researchedEvents: researched.length,
      events: events.length,
    };
    summaries.set(model, summary);
  }
  return summary;
}
