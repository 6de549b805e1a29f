import { CATEGORIES, type Category } from "./categories.js";
import type { IsoDate } from "./dates.js";
import { byDate } from "./era.js";
import type { StatusModel } from "./model.js";
import type { Event } from "./schemas.js";
import { indexesOf, statusesAt } from "./timeline.js";

/** One jurisdiction whose category on `to` differs from its category on `from`, and why. */
export interface StatusChange {
  id: string;
  from: Category;
  to: Category;
  /** Ids of the events behind its transitions in (from, to], each once, in date order. */
  causes: string[];
}

/**
 * Every jurisdiction of `level` whose category on `to` differs from `from` (one that moved and came back
 * is not a change), with the events of its status history that moved it in between.
 */
export function changesBetween(model: StatusModel, from: IsoDate, to: IsoDate, level: "state" | "county"): StatusChange[] {
  if (from > to) throw new RangeError(`from ${from} is after to ${to}`);
  const before = statusesAt(model.timeline, from);
  const after = statusesAt(model.timeline, to);
  return indexesOf(model.timeline, level)
    .filter((i) => before[i] !== after[i])
    .map((i) => {
      const id = model.timeline.ids[i]!;
      return { id, from: CATEGORIES[before[i]!]!, to: CATEGORIES[after[i]!]!, causes: causesBetween(model, id, from, to) };
    });
}

/** The event ids of one jurisdiction's transitions dated after `from` and on or before `to`, each once. */
export function causesBetween(model: StatusModel, id: string, from: IsoDate, to: IsoDate): string[] {
  const transitions = (model.history.get(id) ?? []).filter((t) => t.date > from && t.date <= to);
  return [...new Set(transitions.flatMap((t) => t.eventIds))];
}

/** The events behind `changes`, each once, in date order: read from each jurisdiction's own replay inputs. */
export function causeEvents(model: StatusModel, changes: readonly StatusChange[]): Event[] {
  const found = new Map<string, Event>();
  for (const change of changes) {
    const wanted = new Set(change.causes);
    for (const { event } of model.layered.get(change.id) ?? []) if (wanted.has(event.id)) found.set(event.id, event);
  }
  return [...found.values()].sort(byDate);
}
