import type { StatusModel } from "./model.js";
import type { IsoDate } from "./dates.js";
import type { DatePrecision, Event, Source } from "./schemas.js";

/** The event that switched a county on (a state's: its first county's), or null when never switched on. */
export function activationEvent(model: StatusModel, id: string): Event | null {
  return model.layered.get(id)?.find((input) => input.activates)?.event ?? null;
}

/** A county's switch-on date; a state's is its first county's. Null when never activated (or the nation). */
export function activationDate(model: StatusModel, id: string): IsoDate | null {
  return activationEvent(model, id)?.date ?? null;
}

/** The rollout's end as the record dates it: the latest day a county was switched on. */
export interface LastActivation {
  date: IsoDate;
  datePrecision: DatePrecision;
  /** Counties switched on that day. */
  counties: number;
  /** The sources of that day's activations, each once. */
  sources: Source[];
}

export function lastActivation(model: StatusModel): LastActivation | null {
  const activations = model.jurisdictions
    .filter((j) => j.level === "county")
    .map((j) => activationEvent(model, j.id))
    .filter((e): e is Event => e !== null);
  const date = activations.reduce<IsoDate | null>((last, e) => (!last || e.date > last ? e.date : last), null);
  if (!date) return null;
  const onDay = activations.filter((e) => e.date === date);
  return { date, datePrecision: onDay[0]!.datePrecision, counties: onDay.length, sources: distinctSources([...new Set(onDay)]) };
}

/** One copy of each source (same url, or same title when there is no url), in first-seen order. */
export function distinctSources(events: readonly Event[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of events.flatMap((e) => e.sources)) {
    const key = source.url ?? source.title;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
