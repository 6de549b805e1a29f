import type { RouterOutputs } from "../../lib/trpc.js";

export type HistoryStep = RouterOutputs["events"]["history"][number];

/** One event's public history: its steps oldest first, and the latest correction (a publish after its first). */
export interface EventHistory {
  steps: HistoryStep[];
  lastCorrection: HistoryStep | null;
}

/** The api's steps grouped per event. */
export function historyByEvent(steps: readonly HistoryStep[]): ReadonlyMap<string, EventHistory> {
  const byEvent = new Map<string, EventHistory>();
  for (const step of steps) {
    const history = byEvent.get(step.eventId) ?? { steps: [], lastCorrection: null };
    history.steps.push(step);
    if (step.change === "corrected") history.lastCorrection = step;
    byEvent.set(step.eventId, history);
  }
  return byEvent;
}

/** The calendar day of an instant, as the api stores it (UTC): what "corrected on" names. */
export const dayOf = (instant: string) => instant.slice(0, 10);
