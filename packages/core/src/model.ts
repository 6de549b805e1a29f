import { byDate } from "./era.js";
import { applyEvent, categoryOf, chooseActivation, INITIAL_STATE, type LayeredEvent } from "./replay.js";
import type { Dataset, Event, Jurisdiction } from "./schemas.js";
import { buildTimeline, type StatusTimeline, type Transition } from "./timeline.js";

/** Everything precomputed once from the dataset; every status question is answered from here. */
export interface StatusModel {
  jurisdictions: readonly Jurisdiction[];
  byId: ReadonlyMap<string, Jurisdiction>;
  /** Events recorded on each jurisdiction id (a county's include its cities'), in date order. */
  eventsOf: ReadonlyMap<string, readonly Event[]>;
  federalEvents: readonly Event[];
  countiesOf: ReadonlyMap<string, readonly string[]>;
  /** Replay inputs per state and county, in date order. */
  layered: ReadonlyMap<string, readonly LayeredEvent[]>;
  history: ReadonlyMap<string, readonly Transition[]>;
  timeline: StatusTimeline;
  /** Jurisdiction id -> its index in the timeline. */
  timelineIndex: ReadonlyMap<string, number>;
}

export function buildStatusModel(dataset: Dataset): StatusModel {
  const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const eventsOf = groupEvents(dataset.events);
  const countiesOf = new Map<string, string[]>();
  for (const j of dataset.jurisdictions) {
    if (j.level === "county" && j.stateFips) push(countiesOf, j.stateFips, j.id);
  }
  const layered = new Map<string, LayeredEvent[]>();
  for (const j of dataset.jurisdictions) {
    if (j.level === "county") layered.set(j.id, countyInputs(j, eventsOf));
  }
  for (const j of dataset.jurisdictions) {
    if (j.level === "state") layered.set(j.id, stateInputs(j, eventsOf, countiesOf, layered));
  }
  const history = new Map([...layered].map(([id, inputs]) => [id, transitionsOf(inputs)]));
  const ids = timelineOrder(dataset.jurisdictions);
  return {
    jurisdictions: dataset.jurisdictions,
    byId,
    eventsOf,
    federalEvents: eventsOf.get("US") ?? [],
    countiesOf,
    layered,
    history,
    timeline: buildTimeline(ids, history),
    timelineIndex: new Map(ids.map((id, i) => [id, i])),
  };
}

function countyInputs(county: Jurisdiction, eventsOf: ReadonlyMap<string, readonly Event[]>): LayeredEvent[] {
  const own = eventsOf.get(county.id) ?? [];
  const state = county.stateFips ? (eventsOf.get(county.stateFips) ?? []) : [];
  const candidates = [...own.filter((e) => e.type === "activated"), ...state.filter((e) => e.type === "full_state_activation")];
  const activation = chooseActivation(candidates);
  const inputs: LayeredEvent[] = [
    ...state.map((event) => ({ event, layer: "state" as const, activates: event === activation })),
    ...own.map((event) => ({ event, layer: "county" as const, activates: event === activation })),
  ];
  return inputs.sort((a, b) => byDate(a.event, b.event));
}

/** A state's own stance events, and its first county's switch-on as the state's activation. */
function stateInputs(
  state: Jurisdiction,
  eventsOf: ReadonlyMap<string, readonly Event[]>,
  countiesOf: ReadonlyMap<string, readonly string[]>,
  layered: ReadonlyMap<string, readonly LayeredEvent[]>,
): LayeredEvent[] {
  const countyActivations = (countiesOf.get(state.id) ?? []).flatMap((c) =>
    (layered.get(c) ?? []).filter((e) => e.activates).map((e) => e.event),
  );
  const first = countyActivations.sort(byDate)[0];
  const inputs: LayeredEvent[] = (eventsOf.get(state.id) ?? []).map((event) => ({ event, layer: "state", activates: false }));
  if (first) inputs.push({ event: first, layer: "county", activates: true });
  return inputs.sort((a, b) => byDate(a.event, b.event));
}

/** Walk the inputs a day at a time and keep each change of category with the events that caused it. */
function transitionsOf(inputs: readonly LayeredEvent[]): Transition[] {
  const out: Transition[] = [];
  let state = INITIAL_STATE;
  let category = categoryOf(state);
  for (let k = 0; k < inputs.length; ) {
    const date = inputs[k]!.event.date;
    const causes: string[] = [];
    for (; k < inputs.length && inputs[k]!.event.date === date; k++) {
      const next = applyEvent(state, inputs[k]!);
      if (next !== state) causes.push(inputs[k]!.event.id);
      state = next;
    }
    const nextCategory = categoryOf(state);
    if (nextCategory !== category) out.push({ date, category: nextCategory, eventIds: causes });
    category = nextCategory;
  }
  return out;
}

function groupEvents(events: readonly Event[]): Map<string, Event[]> {
  const out = new Map<string, Event[]>();
  for (const e of [...events].sort(byDate)) for (const id of e.jurisdictionIds) push(out, id, e);
  return out;
}

/** States first, then counties, each by FIPS: the order of the compact timeline. */
function timelineOrder(jurisdictions: readonly Jurisdiction[]): string[] {
  const ids = (level: string) =>
    jurisdictions
      .filter((j) => j.level === level)
      .map((j) => j.id)
      .sort();
  return [...ids("state"), ...ids("county")];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
