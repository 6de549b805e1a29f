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
  const span = eraSpans(federalEvents, date).at(-1);
  return span ? { era: span.era, event: span.event } : { era: "pre_program", event: null };
}

/** One era as the federal events date it: opened by `event` on `from`, until the next era's first day (`to`). */
export interface EraSpan {
  era: Era;
  from: IsoDate;
  /** The day the next era began; null while this one lasts (as known on the day asked). */
  to: IsoDate | null;
  event: Event;
}

/** The eras the federal events (any order) open, oldest first, knowing only the events up to `through`. */
export function eraSpans(federalEvents: readonly Event[], through: IsoDate): EraSpan[] {
  const spans: EraSpan[] = [];
  for (const e of [...federalEvents].sort(byDate)) {
    if (e.date > through) break;
    const era = ERA_SET_BY[e.type];
    const open = spans.at(-1);
    if (!era || era === open?.era) continue;
    if (open) open.to = e.date;
    spans.push({ era, from: e.date, to: null, event: e });
  }
  return spans;
}

/** The years the program was replaced by PEP: from its end to its reinstatement (`to` null while it lasts); null before it ended. */
export function pepSpan(federalEvents: readonly Event[], through: IsoDate): { from: IsoDate; to: IsoDate | null } | null {
  const span = eraSpans(federalEvents, through).find((s) => s.era === "pep");
  return span ? { from: span.from, to: span.to } : null;
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
