import { byReadingOrder, chooseActivation, type Event, type EventType, type IsoDate } from "@scomm/core";

/** Facts that happen once per jurisdiction: two records of one with different dates disagree. */
const ONCE: ReadonlySet<EventType> = new Set([
  "activated",
  "full_state_activation",
  "program_launched",
  "program_ended",
  "program_reinstated",
]);

export interface EventRow {
  kind: "event";
  date: IsoDate;
  event: Event;
  /** After the date chosen on the page: not yet part of the status shown. */
  later: boolean;
}

/** Records of one fact that disagree on its date, shown side by side. */
export interface DisputedRow {
  kind: "disputed";
  date: IsoDate;
  type: EventType;
  /** Oldest first. */
  events: Event[];
  /** The record the status model goes by (for a switch-on: the earliest dated to the day). */
  used: Event;
  later: boolean;
}

/** Where the chosen date falls among the events. */
export interface DateMarkRow {
  kind: "date";
  date: IsoDate;
}

export type TimelineRow = EventRow | DisputedRow | DateMarkRow;

/** Who acted, as the timeline's filter groups it: the federal government, the state, or the county and its cities. */
export type EventGroup = "federal" | "state" | "local";

export function eventGroup(event: Event): EventGroup {
  return event.placeLevel === "federal" ? "federal" : event.placeLevel === "state" ? "state" : "local";
}

/**
 * A jurisdiction's full timeline: its own, its state's and the federal events, each once, oldest first,
 * with records of the same once-only fact that disagree on its date merged into one row, and a mark
 * at `date` (the page's date) between what had happened by then and what came after.
 */
export function timelineRows(events: readonly Event[], date: IsoDate): TimelineRow[] {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()].sort(byReadingOrder);
  const groups = new Map<string, Event[]>();
  for (const event of unique) {
    if (!ONCE.has(event.type)) continue;
    const key = `${event.type}|${[...event.jurisdictionIds].sort().join(",")}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const disputedBy = new Map<string, Event[]>();
  for (const group of groups.values()) {
    if (new Set(group.map((e) => e.date)).size > 1) for (const e of group) disputedBy.set(e.id, group);
  }
  const rows: TimelineRow[] = [];
  const done = new Set<string>();
  let marked = false;
  for (const event of unique) {
    if (done.has(event.id)) continue;
    if (!marked && event.date > date) {
      rows.push({ kind: "date", date });
      marked = true;
    }
    const group = disputedBy.get(event.id);
    if (group) {
      for (const e of group) done.add(e.id);
      rows.push({
        kind: "disputed",
        date: event.date,
        type: event.type,
        events: group,
        used: chooseActivation(group) ?? event,
        later: event.date > date,
      });
    } else rows.push({ kind: "event", date: event.date, event, later: event.date > date });
  }
  if (!marked) rows.push({ kind: "date", date });
  return rows;
}
