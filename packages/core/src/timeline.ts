import { CATEGORIES, type Category } from "./categories.js";
import { dayNumber, type IsoDate } from "./dates.js";
import type { Level } from "./schemas.js";

/** One change of category, with the events that caused it. */
export interface Transition {
  date: IsoDate;
  category: Category;
  eventIds: string[];
}

/**
 * Every jurisdiction's transitions packed flat: jurisdiction i's are entries offsets[i]..offsets[i+1]-1
 * of `days` (day numbers, ascending) and `cats` (indexes into CATEGORIES). Before its first transition a
 * jurisdiction is "not_activated". The server and the browser both read statuses from this one structure.
 */
export interface StatusTimeline {
  ids: readonly string[];
  offsets: Int32Array;
  days: Int32Array;
  cats: Uint8Array;
}

/** What travels over the wire: plain JSON, transitions as [day, categoryIndex, day, categoryIndex, ...]. */
export interface TimelineWire {
  categories: readonly Category[];
  ids: readonly string[];
  transitions: readonly (readonly number[])[];
}

export function levelOfId(id: string): Level {
  return id === "US" ? "nation" : id.length === 2 ? "state" : "county";
}

export function buildTimeline(ids: readonly string[], history: ReadonlyMap<string, readonly Transition[]>): StatusTimeline {
  const transitions = ids.map((id) => (history.get(id) ?? []).flatMap((t) => [dayNumber(t.date), CATEGORIES.indexOf(t.category)]));
  return fromWire({ categories: CATEGORIES, ids, transitions });
}

export function toWire(t: StatusTimeline): TimelineWire {
  const transitions = t.ids.map((_, i) => {
    const pairs: number[] = [];
    for (let k = t.offsets[i]!; k < t.offsets[i + 1]!; k++) pairs.push(t.days[k]!, t.cats[k]!);
    return pairs;
  });
  return { categories: CATEGORIES, ids: t.ids, transitions };
}

export function fromWire(wire: TimelineWire): StatusTimeline {
  if (wire.categories.join() !== CATEGORIES.join()) throw new Error("timeline categories do not match this build");
  const offsets = new Int32Array(wire.ids.length + 1);
  wire.transitions.forEach((pairs, i) => {
    offsets[i + 1] = offsets[i]! + pairs.length / 2;
  });
  const total = offsets[wire.ids.length]!;
  const days = new Int32Array(total);
  const cats = new Uint8Array(total);
  wire.transitions.forEach((pairs, i) => {
    for (let k = 0; k < pairs.length / 2; k++) {
      days[offsets[i]! + k] = pairs[2 * k]!;
      cats[offsets[i]! + k] = pairs[2 * k + 1]!;
    }
  });
  return { ids: wire.ids, offsets, days, cats };
}

/** Category index of jurisdiction i on `day`: the last transition on or before it (binary search). */
export function categoryIndexAt(t: StatusTimeline, i: number, day: number): number {
  let lo = t.offsets[i]!;
  let hi = t.offsets[i + 1]! - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? 0 : t.cats[found]!;
}

/**
 * A jurisdiction's category on `date`, read from the timeline; null when the timeline has no such id.
 * `index` (id to position, as the status model keeps it) spares a scan of the ids.
 */
export function categoryInTimeline(t: StatusTimeline, id: string, date: IsoDate, index?: ReadonlyMap<string, number>): Category | null {
  const i = index ? index.get(id) : t.ids.indexOf(id);
  return i === undefined || i < 0 ? null : CATEGORIES[categoryIndexAt(t, i, dayNumber(date))]!;
}

/** Every jurisdiction's category index on `date`, written into `out` (reuse it between calls). */
export function statusesAt(t: StatusTimeline, date: IsoDate, out = new Uint8Array(t.ids.length)): Uint8Array {
  const day = dayNumber(date);
  for (let i = 0; i < t.ids.length; i++) out[i] = categoryIndexAt(t, i, day);
  return out;
}

/** Counts (or summed weights) per category over the given jurisdiction indexes. */
export function countCategories(statuses: Uint8Array, indexes: readonly number[], weights?: ArrayLike<number>): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const i of indexes) counts[CATEGORIES[statuses[i]!]!] += weights ? weights[i]! : 1;
  return counts;
}

const indexLists = new WeakMap<StatusTimeline, Map<string, readonly number[]>>();

/**
 * Indexes of the timeline's jurisdictions at one level, optionally within one state. Kept per timeline: the
 * legend asks for them on every slider step.
 */
export function indexesOf(t: StatusTimeline, level: Level, stateFips?: string): readonly number[] {
  let lists = indexLists.get(t);
  if (!lists) {
    lists = new Map();
    indexLists.set(t, lists);
  }
  const key = `${level}:${stateFips ?? ""}`;
  let out = lists.get(key);
  if (!out) {
    const found: number[] = [];
    t.ids.forEach((id, i) => {
      if (levelOfId(id) === level && (!stateFips || id.startsWith(stateFips))) found.push(i);
    });
    lists.set(key, found);
    out = found;
  }
  return out;
}
