import { activationDate } from "./activation.js";
import type { Category } from "./categories.js";
import type { IsoDate } from "./dates.js";
import type { StatusModel } from "./model.js";
import { categoryOf, replayUntil, type Layer } from "./replay.js";
import type { Jurisdiction } from "./schemas.js";
import type { Stance } from "./stance.js";
import { indexesOf } from "./timeline.js";

/** A layer's stance on a date: what it is, since when, and who took it (in English and, where recorded, Spanish). */
export interface StanceCell {
  stance: Stance;
  /** When the layer took this stance (the first event of its current run); null for "none" from the start. */
  since: IsoDate | null;
  actor: string | null;
  actorEs: string | null;
}

/** One state or county on a date: who it is, its category, its switch-on date and each layer's stance. */
export interface StatusRow {
  id: string;
  level: "state" | "county";
  name: string;
  stateFips: string | null;
  stateCode: string | null;
  stateName: string | null;
  category: Category;
  /** When the program was switched on there, whether before or after the date (a state: its first county); null if never. */
  activationDate: IsoDate | null;
  stateStance: StanceCell;
  /** Null for a state: it has only its own layer. */
  countyStance: StanceCell | null;
}

function stanceCell(layer: Layer): StanceCell {
  return {
    stance: layer.stance,
    since: layer.run[0]?.date ?? null,
    actor: layer.event?.actor ?? null,
    actorEs: layer.event?.actorEs ?? null,
  };
}

function statusRow(model: StatusModel, j: Jurisdiction, level: StatusRow["level"], date: IsoDate): StatusRow {
  const state = replayUntil(model.layered.get(j.id) ?? [], date);
  return {
    id: j.id,
    level,
    name: j.name,
    stateFips: j.stateFips,
    stateCode: j.stateCode,
    stateName: j.stateName,
    category: categoryOf(state),
    activationDate: activationDate(model, j.id),
    stateStance: stanceCell(state.state),
    countyStance: level === "county" ? stanceCell(state.county) : null,
  };
}

/** Every state or county on `date`, in the timeline's order (by FIPS), with the layers behind its category. */
export function statusRowsAt(model: StatusModel, date: IsoDate, level: StatusRow["level"]): StatusRow[] {
  return indexesOf(model.timeline, level).map((i) => statusRow(model, model.byId.get(model.timeline.ids[i]!)!, level, date));
}
