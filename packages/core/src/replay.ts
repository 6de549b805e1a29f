import type { Category } from "./categories.js";
import type { IsoDate } from "./dates.js";
import { byDate } from "./era.js";
import type { Event } from "./schemas.js";
import { stanceSetBy, strongestStance, type Stance } from "./stance.js";

/** One layer of authority (the state, or the county with its cities) and the event behind its stance. */
export interface Layer {
  stance: Stance;
  /** The latest event that set this stance. */
  event: Event | null;
  /** Every event since the layer last changed stance that set it again (oldest first, `event` last). */
  run: readonly Event[];
}

/** What is known about one jurisdiction after replaying its events up to some date. */
export interface ReplayState {
  activation: Event | null;
  state: Layer;
  county: Layer;
}

export const INITIAL_STATE: ReplayState = {
  activation: null,
  state: { stance: "none", event: null, run: [] },
  county: { stance: "none", event: null, run: [] },
};

export type LayerName = "state" | "county";

/** An event as it bears on one jurisdiction: through which layer it acts. */
export interface LayeredEvent {
  event: Event;
  layer: LayerName;
  /** True for the one event chosen as this jurisdiction's switch-on (see `chooseActivation`). */
  activates: boolean;
}

/** Apply one event. Activation keeps the first switch-on; a stance event replaces its layer's stance. */
export function applyEvent(state: ReplayState, { event, layer, activates }: LayeredEvent): ReplayState {
  let next = state;
  if (activates && !state.activation) next = { ...next, activation: event };
  const stance = stanceSetBy(event.type);
  if (stance !== null) {
    const before = state[layer];
    const run = before.stance === stance && before.event ? [...before.run, event] : [event];
    next = { ...next, [layer]: { stance, event, run } };
  }
  return next;
}

export function effectiveStance(state: ReplayState): Stance {
  return strongestStance(state.state.stance, state.county.stance);
}

/** The map category, first rule that matches (DESIGN.md). */
export function categoryFor(activated: boolean, stance: Stance): Category {
  if (stance === "objects") return activated ? "over_objection" : "opt_out_pending";
  if (!activated) return "not_activated";
  if (stance === "mandates") return "mandates";
  if (stance === "limits") return "limits";
  return "activated";
}

export function categoryOf(state: ReplayState): Category {
  return categoryFor(state.activation !== null, effectiveStance(state));
}

/**
 * The event that switched a county on: the earliest activation dated to the day (the ICE roster),
 * else the earliest of any precision. A month-dated press report of the same switch-on ("December
 * 2009") stays on the timeline as a corroborating claim but does not move the date.
 */
export function chooseActivation(candidates: readonly Event[]): Event | null {
  const sorted = [...candidates].sort(byDate);
  return sorted.find((e) => e.datePrecision === "day") ?? sorted[0] ?? null;
}

/** Replay layered events (already in replay order) up to and including `date`. */
export function replayUntil(events: readonly LayeredEvent[], date: IsoDate): ReplayState {
  let state = INITIAL_STATE;
  for (const e of events) {
    if (e.event.date > date) break;
    state = applyEvent(state, e);
  }
  return state;
}
