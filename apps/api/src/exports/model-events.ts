import { byDate, type Event, type StatusModel } from "@scomm/core";
import type { EventFilter } from "@scomm/db";

interface EventIndex {
  all: readonly Event[];
  byId: ReadonlyMap<string, Event>;
}
const indexes = new WeakMap<StatusModel, EventIndex>();

function indexOf(model: StatusModel): EventIndex {
  let index = indexes.get(model);
  if (!index) {
    const byId = new Map<string, Event>();
    for (const list of model.eventsOf.values()) for (const e of list) byId.set(e.id, e);
    index = { all: [...byId.values()].sort(byDate), byId };
    indexes.set(model, index);
  }
  return index;
}

/** Every event of the dataset once (the model files them per jurisdiction), oldest first, ties by id. */
export function allEvents(model: StatusModel): readonly Event[] {
  return indexOf(model).all;
}

export function eventById(model: StatusModel, id: string): Event | undefined {
  return indexOf(model).byId.get(id);
}

/**
 * The events matching a filter, oldest first (ties by id): what `listEvents` reads from the store, answered
 * from the model the store was loaded into.
 */
export function eventsMatching(model: StatusModel, { jurisdictionId, type, from, to }: EventFilter): readonly Event[] {
  const candidates = jurisdictionId ? (model.eventsOf.get(jurisdictionId) ?? []) : allEvents(model);
  if (!type && !from && !to) return candidates;
  return candidates.filter((e) => (!type || e.type === type) && (!from || e.date >= from) && (!to || e.date <= to));
}

/** The events a jurisdiction's feed carries: its own, its state's and the federal ones, oldest first. */
export function eventsAround(model: StatusModel, id: string): readonly Event[] {
  const j = model.byId.get(id);
  const ids = new Set([id, "US", ...(j?.stateFips ? [j.stateFips] : [])]);
  const byId = new Map<string, Event>();
  for (const key of ids) for (const e of model.eventsOf.get(key) ?? []) byId.set(e.id, e);
  return [...byId.values()].sort(byDate);
}
