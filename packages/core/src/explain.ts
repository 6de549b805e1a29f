import { answersTo } from "./answers.js";
import type { Category } from "./categories.js";
import { dayNumber, type IsoDate } from "./dates.js";
import { eraAt, type EraAtDate } from "./era.js";
import type { StatusModel } from "./model.js";
import { categoryOf, effectiveStance, replayUntil, type Layer, type LayerName } from "./replay.js";
import type { Event } from "./schemas.js";
import type { Stance } from "./stance.js";

/** One link of "why this colour": a role in the chain and the event that fills it. */
export interface ChainLink {
  role: "era" | "state_stance" | "county_stance" | "activation";
  event: Event;
}

export interface StateDeployment {
  activated: number;
  total: number;
  /** Share of the state's 2010 population living in activated counties, 0..1. */
  populationShare: number;
  full: boolean;
}

/** The answer to "why is this jurisdiction this colour on this date?" */
export interface Explanation {
  jurisdictionId: string;
  date: IsoDate;
  category: Category;
  era: EraAtDate;
  activation: Event | null;
  stateLayer: Layer;
  /** Null for a state: its colour uses its own layer only. */
  countyLayer: Layer | null;
  effectiveStance: Stance;
  /** Which layer's stance decides the category (the strongest); null when no layer has a stance. */
  decidingLayer: LayerName | null;
  chain: ChainLink[];
  /**
   * The answers to each objecting layer up to the date (`answersTo`): denials on its own jurisdiction
   * and the federal ones. Empty for a layer that does not object, and for a state's county layer.
   */
  answers: Record<LayerName, readonly Event[]>;
  deployment: StateDeployment | null;
}

export function explainStatus(model: StatusModel, id: string, date: IsoDate): Explanation {
  const jurisdiction = model.byId.get(id);
  if (!jurisdiction || jurisdiction.level === "nation") throw new RangeError(`no status for jurisdiction ${id}`);
  const state = replayUntil(model.layered.get(id) ?? [], date);
  const era = eraAt(model.federalEvents, date);
  const stance = effectiveStance(state);
  const isState = jurisdiction.level === "state";
  const decidingLayer: LayerName | null = stance === "none" ? null : state.state.stance === stance ? "state" : "county";
  const chain: ChainLink[] = [];
  if (era.event) chain.push({ role: "era", event: era.event });
  for (const event of state.state.run) chain.push({ role: "state_stance", event });
  if (!isState) for (const event of state.county.run) chain.push({ role: "county_stance", event });
  if (state.activation) chain.push({ role: "activation", event: state.activation });
  const ownEvents = (key: string | null) => (key ? (model.eventsOf.get(key) ?? []) : []);
  const answers = {
    state: answersTo(state.state, ownEvents(isState ? id : jurisdiction.stateFips), model.federalEvents, date),
    county: isState ? [] : answersTo(state.county, ownEvents(id), model.federalEvents, date),
  };
  return {
    jurisdictionId: id,
    date,
    category: categoryOf(state),
    era,
    activation: state.activation,
    stateLayer: state.state,
    countyLayer: isState ? null : state.county,
    effectiveStance: stance,
    decidingLayer,
    chain,
    answers,
    deployment: isState ? stateDeployment(model, id, date) : null,
  };
}

/** k of n counties activated on `date`, and the share of the 2010 population they hold. */
export function stateDeployment(model: StatusModel, stateFips: string, date: IsoDate): StateDeployment {
  const counties = model.countiesOf.get(stateFips) ?? [];
  const day = dayNumber(date);
  let activated = 0;
  let people = 0;
  let total = 0;
  for (const id of counties) {
    const population = model.byId.get(id)?.population2010 ?? 0;
    total += population;
    const on = (model.layered.get(id) ?? []).some((e) => e.activates && dayNumber(e.event.date) <= day);
    if (on) {
      activated++;
      people += population;
    }
  }
  return {
    activated,
    total: counties.length,
    populationShare: total ? people / total : 0,
    full: counties.length > 0 && activated === counties.length,
  };
}
