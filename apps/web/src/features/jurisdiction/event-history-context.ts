import { createContext, useContext } from "react";
import type { EventHistory } from "./event-history.js";

/** The public history of the events on a jurisdiction's page, by event id (events.history). */
export const EventHistoryContext = createContext<ReadonlyMap<string, EventHistory>>(new Map());

export function useEventHistory(eventId: string): EventHistory | undefined {
  return useContext(EventHistoryContext).get(eventId);
}
