import type { EventType } from "./event-types.js";

/** A layer's position toward the program. */
export type Stance = "none" | "agrees" | "limits" | "mandates" | "objects";

/** Strength when layers are combined: objects > mandates > limits > agrees > none. */
const STRENGTH: Record<Stance, number> = { none: 0, agrees: 1, limits: 2, mandates: 3, objects: 4 };

const EFFECT: Partial<Record<EventType, Stance>> = {
  moa_signed: "agrees",
  opt_out_requested: "objects",
  participation_suspended: "objects",
  moa_terminated_by_state: "objects",
  detainer_policy_limited: "limits",
  state_law_limits_cooperation: "limits",
  state_law_mandates_cooperation: "mandates",
  detainer_policy_rescinded: "none",
  objection_withdrawn: "none",
};

/** The stance an event sets on its layer, or null when the event leaves the stance as it was. */
export function stanceSetBy(type: EventType): Stance | null {
  return EFFECT[type] ?? null;
}

export function stanceStrength(stance: Stance): number {
  return STRENGTH[stance];
}

/** The effective stance of several layers: the strongest wins. */
export function strongestStance(...layers: Stance[]): Stance {
  return layers.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a), "none");
}

/** Event types that switch the program on in a jurisdiction. */
export function activates(type: EventType): boolean {
  return type === "activated" || type === "full_state_activation";
}
