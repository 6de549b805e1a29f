/** The closed union of event types (DESIGN.md, "Event types and what they change"). Plain data: no zod. */
export const EVENT_TYPES = [
  "activated",
  "full_state_activation",
  "moa_signed",
  "opt_out_requested",
  "participation_suspended",
  "moa_terminated_by_state",
  "detainer_policy_limited",
  "state_law_limits_cooperation",
  "state_law_mandates_cooperation",
  "detainer_policy_rescinded",
  "objection_withdrawn",
  "opt_out_denied",
  "moa_voided_by_dhs",
  "program_launched",
  "program_mandatory_memo",
  "program_ended",
  "program_reinstated",
  "287g_terminated",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
