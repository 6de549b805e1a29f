import type { IsoDate } from "./dates.js";
import { byDate } from "./era.js";
import type { EventType } from "./event-types.js";
import type { Layer } from "./replay.js";
import type { Event } from "./schemas.js";

/** Federal answers to everyone who objects: "no one can opt out", "every state agreement is void". */
const FEDERAL_ANSWERS: ReadonlySet<EventType> = new Set(["opt_out_denied", "moa_voided_by_dhs"]);

/**
 * The answers to an objecting layer, from its first objection in its current run up to `date`: the
 * denials recorded on the layer's own jurisdiction (a state's, or a county's and its cities') and the
 * federal answers. They change no stance (the layer still objects); they say why the program ran on
 * regardless. Empty when the layer does not object. `own` and `federal` come in date order
 * (`model.eventsOf`, `model.federalEvents`), and so does the result.
 */
export function answersTo(layer: Layer, own: readonly Event[], federal: readonly Event[], date: IsoDate): Event[] {
  const since = layer.stance === "objects" ? layer.run[0]?.date : undefined;
  if (since === undefined) return [];
  const within = (e: Event) => e.date >= since && e.date <= date;
  return mergeByDate(
    own.filter((e) => e.type === "opt_out_denied" && within(e)),
    federal.filter((e) => FEDERAL_ANSWERS.has(e.type) && within(e)),
  );
}

/** Two lists in date order as one, each event once. */
function mergeByDate(a: readonly Event[], b: readonly Event[]): Event[] {
  const out: Event[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && byDate(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    if (out.at(-1)?.id !== next.id) out.push(next);
  }
  return out;
}
