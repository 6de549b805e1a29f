import type { EventType } from "@scomm/core";

/** Plain-English names of the event types, for feed titles. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  activated: "Secure Communities activated",
  full_state_activation: "Activated in every county of the state",
  moa_signed: "Agreement (MOA) signed",
  opt_out_requested: "Opt-out requested",
  participation_suspended: "Participation suspended",
  moa_terminated_by_state: "Agreement terminated by the state",
  detainer_policy_limited: "Detainer policy limits cooperation",
  state_law_limits_cooperation: "State law limits cooperation",
  state_law_mandates_cooperation: "State law mandates cooperation",
  detainer_policy_rescinded: "Detainer limits rescinded",
  objection_withdrawn: "Objection withdrawn",
  opt_out_denied: "Opt-out denied",
  moa_voided_by_dhs: "Agreements voided by DHS",
  program_launched: "Program launched",
  program_mandatory_memo: "Program declared mandatory",
  program_ended: "Program ended (replaced by PEP)",
  program_reinstated: "Program reinstated",
  "287g_terminated": "287(g) agreement terminated",
  other: "Other event",
};
