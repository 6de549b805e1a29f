import type { Event } from "@scomm/core";
import { useCuratorI18n } from "../use-curator-i18n.js";

/** An event in a few words: its type, where, and when ("Opt-out requested · Harris County · June 1, 2011"). */
export function eventLabel(
  event: Pick<Event, "type" | "placeName" | "date" | "datePrecision">,
  i18n: ReturnType<typeof useCuratorI18n>,
): string {
  return [i18n.m.jurisdiction.eventTypes[event.type], i18n.place(event.placeName), i18n.date(event.date, event.datePrecision)].join(" · ");
}

export function EventLabel({ event }: { event: Pick<Event, "type" | "placeName" | "date" | "datePrecision"> }) {
  return <span className="curator-event-label">{eventLabel(event, useCuratorI18n())}</span>;
}
