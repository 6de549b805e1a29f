import {
  activates,
  byDate,
  CATEGORIES,
  chooseActivation,
  dayNumber,
  fromDayNumber,
  stanceSetBy,
  statusesAt,
  type Category,
  type Event,
  type IsoDate,
  type StatusTimeline,
} from "@scomm/core";

/** One jurisdiction whose category on `to` differs from its category on `from`. */
export interface Change {
  /** Index in the status timeline. */
  index: number;
  id: string;
  from: Category;
  to: Category;
}

/** Jurisdictions among `indexes` whose category differs between the two dates (core's `statusesAt` on each). */
export function changesBetween(t: StatusTimeline, indexes: readonly number[], from: IsoDate, to: IsoDate): Change[] {
  const before = statusesAt(t, from);
  const after = statusesAt(t, to);
  return indexes
    .filter((i) => before[i] !== after[i])
    .map((i) => ({ index: i, id: t.ids[i]!, from: CATEGORIES[before[i]!]!, to: CATEGORIES[after[i]!]! }));
}

/** Per timeline entry, 1 where nothing changed: the map paints those in its muted grey. */
export function unchangedMask(size: number, changes: readonly Change[]): Uint8Array {
  const mask = new Uint8Array(size).fill(1);
  for (const c of changes) mask[c.index] = 0;
  return mask;
}

/** The two dates in calendar order: the events between them are looked up whichever way the view runs. */
export function period(from: IsoDate, to: IsoDate): { after: IsoDate; through: IsoDate } {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return { after: lo, through: hi };
}

/** The first day the events query needs: the day after the earlier date (a change on it is already in its status). */
export function dayAfter(date: IsoDate): IsoDate {
  return fromDayNumber(dayNumber(date) + 1);
}

/** Days in (after, through] on which timeline entry `i` moved category. */
export function transitionDays(t: StatusTimeline, i: number, after: IsoDate, through: IsoDate): number[] {
  const [lo, hi] = [dayNumber(after), dayNumber(through)];
  const days: number[] = [];
  for (let k = t.offsets[i]!; k < t.offsets[i + 1]!; k++) {
    const day = t.days[k]!;
    if (day > lo && day <= hi) days.push(day);
  }
  return days;
}

/** Events that can move a status (a switch-on or a stance), keyed by `date|jurisdictionId`. */
export type CauseIndex = ReadonlyMap<string, readonly Event[]>;

export function causeIndex(events: readonly Event[]): CauseIndex {
  const out = new Map<string, Event[]>();
  for (const event of events) {
    if (!activates(event.type) && stanceSetBy(event.type) === null) continue;
    for (const id of event.jurisdictionIds) {
      const key = `${event.date}|${id}`;
      out.set(key, [...(out.get(key) ?? []), event]);
    }
  }
  return out;
}

/**
 * The events behind a county's change: those recorded on the county (its cities included) or on its state,
 * dated on a day its category moved within the period, that set a stance, and the one switch-on core's
 * `chooseActivation` picks among that day's (a state-wide switch-on the same day as the roster's is a
 * corroborating report, as in core's status history).
 */
export function causesOf(t: StatusTimeline, change: Change, index: CauseIndex, after: IsoDate, through: IsoDate): Event[] {
  const found: Event[] = [];
  for (const day of transitionDays(t, change.index, after, through)) {
    const date = fromDayNumber(day);
    const onDay = [...new Set([change.id, change.id.slice(0, 2)])].flatMap((id) => index.get(`${date}|${id}`) ?? []);
    const switchOn = chooseActivation(onDay.filter((e) => activates(e.type)));
    found.push(...onDay.filter((e) => stanceSetBy(e.type) !== null || e === switchOn));
  }
  return [...new Set(found)].sort(byDate);
}
