import type { IsoDate } from "./dates.js";
import type { EventType } from "./event-types.js";
import type { Event } from "./schemas.js";

export type Era = "pre_program" | "secure_communities" | "pep" | "restored";

const ERA_SET_BY: Partial<Record<EventType, Era>> = {
  program_launched: "secure_communities",
  program_ended: "pep",
  program_reinstated: "restored",
};

export interface EraAtDate {
  era: Era;
  /** The federal event that opened the era; null before the program. */
  event: Event | null;
}

/** The program era on `date`, from federal events (any order). */
export function eraAt(federalEvents: readonly Event[], date: IsoDate): EraAtDate {
  let current: EraAtDate = { era: "pre_program", event: null };
  for (const e of [...federalEvents].sort(byDate)) {
    if (e.date > date) break;
    const era = ERA_SET_BY[e.type];
    if (era) current = { era, event: e };
  }
  return current;
}

/**
 * Events as a reader reads a timeline: an event known only to the month (or year) comes after the dated
 * events of that month (or year), since it may fall on any of their days; then by id. Display only: the
 * status model replays in `byDate` order.
 */
export function byReadingOrder(a: Event, b: Event): number {
  const ka = readingKey(a);
  const kb = readingKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function readingKey({ date, datePrecision }: Event): string {
  return datePrecision === "day" ? date : datePrecision === "month" ? `${date.slice(0, 7)}-99` : `${date.slice(0, 4)}-99-99`;
}

/** Events in calendar order; same-day events keep a stable order by id. */
export function byDate(a: Event, b: Event): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
