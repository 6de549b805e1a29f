import { byDate, type Event, type StatusModel } from "@scomm/core";

const all = new WeakMap<StatusModel, readonly Event[]>();

/** Every event of the dataset once (the model files them per jurisdiction), oldest first, ties by id. */
export function allEvents(model: StatusModel): readonly Event[] {
  let events = all.get(model);
  if (!events) {
    const byId = new Map<string, Event>();
    for (const list of model.eventsOf.values()) for (const e of list) byId.set(e.id, e);
    events = [...byId.values()].sort(byDate);
    all.set(model, events);
  }
  return events;
}

/** The events a jurisdiction's feed carries: its own, its state's and the federal ones, oldest first. */
export function eventsAround(model: StatusModel, id: string): readonly Event[] {
  const j = model.byId.get(id);
  const ids = new Set([id, "US", ...(j?.stateFips ? [j.stateFips] : [])]);
  const byId = new Map<string, Event>();
  for (const key of ids) for (const e of model.eventsOf.get(key) ?? []) byId.set(e.id, e);
  return [...byId.values()].sort(byDate);
}
