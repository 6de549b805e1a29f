import type { Category } from "./categories.js";
import type { IsoDate } from "./dates.js";
import { byDate } from "./era.js";
import type { Event } from "./schemas.js";
import { stanceSetBy, stanceStrength, strongestStance, type Stance } from "./stance.js";

/** One actor's position on a layer (the county government, or one city recorded on the county). */
export interface ActorStance {
  stance: Stance;
  /** The latest event that set this stance. */
  event: Event | null;
  /** Every event since the actor last changed stance that set it again (oldest first, `event` last). */
  run: readonly Event[];
}

/**
 * One layer of authority (the state, or the county with its cities). Each actor keeps its own latest
 * stance; the layer's stance is the strongest of them, and `event` / `run` are the deciding actor's
 * (the strongest; of equals, the one that acted last). One town's reversal never erases a neighbour's
 * standing limit.
 */
export interface Layer extends ActorStance {
  /** Every actor that has set a stance on this layer, by `actorOf`, oldest acting first. */
  actors: Readonly<Record<string, ActorStance>>;
}

/** What is known about one jurisdiction after replaying its events up to some date. */
export interface ReplayState {
  activation: Event | null;
  state: Layer;
  county: Layer;
}

const EMPTY_LAYER: Layer = { stance: "none", event: null, run: [], actors: {} };

export const INITIAL_STATE: ReplayState = { activation: null, state: EMPTY_LAYER, county: EMPTY_LAYER };

export type LayerName = "state" | "county";

/** An event as it bears on one jurisdiction: through which layer it acts. */
export interface LayeredEvent {
  event: Event;
  layer: LayerName;
  /** True for the one event chosen as this jurisdiction's switch-on (see `chooseActivation`). */
  activates: boolean;
}

/**
 * Who acts through an event on its layer: on the county layer a city (by the name the source gives
 * it) is an actor of its own beside the county government; the state layer has one actor, the state.
 */
export function actorOf(event: Event, layer: LayerName): string {
  return layer === "county" && event.placeLevel === "city" ? `city:${event.placeName}` : layer;
}

/** Apply one event. Activation keeps the first switch-on; a stance event replaces its actor's stance. */
export function applyEvent(state: ReplayState, { event, layer, activates }: LayeredEvent): ReplayState {
  let next = state;
  if (activates && !state.activation) next = { ...next, activation: event };
  const stance = stanceSetBy(event.type);
  if (stance !== null) next = { ...next, [layer]: withActorStance(state[layer], actorOf(event, layer), stance, event) };
  return next;
}

function withActorStance(layer: Layer, actor: string, stance: Stance, event: Event): Layer {
  const { [actor]: before, ...others } = layer.actors;
  const run = before && before.stance === stance && before.event ? [...before.run, event] : [event];
  // Re-inserted last: the actors' order is the order in which they last acted.
  const actors = { ...others, [actor]: { stance, event, run } };
  return { ...decidingActor(actors), actors };
}

/**
 * The layer's view of its actors: the strongest stance; as `event`, the one that set it last (of equal
 * stances, the actor that acted last); as `run`, every holder's run of that stance, in date order.
 */
function decidingActor(actors: Readonly<Record<string, ActorStance>>): ActorStance {
  let best: ActorStance = EMPTY_LAYER;
  for (const actor of Object.values(actors)) {
    if (stanceStrength(actor.stance) >= stanceStrength(best.stance)) best = actor;
  }
  const holders = Object.values(actors).filter((a) => a.stance === best.stance);
  const run = holders.length === 1 ? best.run : holders.flatMap((a) => a.run).sort(byDate);
  return { stance: best.stance, event: best.event, run };
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
