import {
  EVENT_TYPES,
  stanceSetBy,
  buildStatusModel,
  explainStatus,
  type Event,
  type EventType,
  type IsoDate,
  type Jurisdiction,
  type Layer,
  type StatusModel,
} from "@scomm/core";

/** The event types that set a layer's stance: all the table needs to fetch (core's own rule, no zod loaded). */
export const STANCE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter((type) => stanceSetBy(type) !== null);

/** A jurisdiction as `jurisdictions.list` returns it (no state FIPS: it is the id's first two digits). */
export interface ListedJurisdiction {
  id: string;
  level: Jurisdiction["level"];
  name: string;
  stateCode: string | null;
  stateName: string | null;
  population2010: number | null;
}

/**
 * Core's status model over the stance events only. Its categories are not read (switch-ons come from the
 * status timeline); its layers are: each state's and county's stance, replayed by core itself.
 */
export function stanceModel(jurisdictions: readonly ListedJurisdiction[], stanceEvents: readonly Event[]): StatusModel {
  return buildStatusModel({
    jurisdictions: jurisdictions.map((j) => ({ ...j, stateFips: j.level === "nation" ? null : j.id.slice(0, 2) })),
    events: [...new Map(stanceEvents.map((e) => [e.id, e])).values()],
  });
}

export interface StanceLayers {
  state: Layer;
  /** Null for a state: it has only its own layer. */
  county: Layer | null;
}

/** The state and county layers of one jurisdiction on `date`. */
export function stanceLayersAt(model: StatusModel, id: string, date: IsoDate): StanceLayers {
  const explanation = explainStatus(model, id, date);
  return { state: explanation.stateLayer, county: explanation.countyLayer };
}
