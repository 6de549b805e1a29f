import type { EventType } from "../event-types.js";
import type { Dataset, Event, Jurisdiction } from "../schemas.js";

/** A tiny, hand-made dataset for unit tests of the rules (the real cases are tested in @scomm/data). */
export function jurisdiction(id: string, population = 1000): Jurisdiction {
  const level = id === "US" ? "nation" : id.length === 2 ? "state" : "county";
  return {
    id,
    level,
    name: `Place ${id}`,
    stateCode: level === "nation" ? null : "ZZ",
    stateFips: level === "nation" ? null : id.slice(0, 2),
    stateName: level === "nation" ? null : "Zedland",
    population2010: population,
  };
}

let counter = 0;
export function event(jurisdictionId: string, date: string, type: EventType, extra: Partial<Event> = {}): Event {
  counter += 1;
  return {
    id: `e${String(counter).padStart(4, "0")}`,
    jurisdictionIds: [jurisdictionId],
    placeName: `Place ${jurisdictionId}`,
    placeLevel: jurisdictionId === "US" ? "federal" : jurisdictionId.length === 2 ? "state" : "county",
    date,
    datePrecision: "day",
    type,
    actor: "Someone",
    summary: `${type} in ${jurisdictionId}`,
    sources: [{ title: "A source", publisher: "A publisher", date: null, url: "https://example.org/a", foundAt: null }],
    confidence: "high",
    ...extra,
  };
}

export function dataset(jurisdictionIds: string[], events: Event[]): Dataset {
  return { jurisdictions: jurisdictionIds.map((id) => jurisdiction(id)), events };
}
