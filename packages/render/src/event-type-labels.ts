import type { EventType, Lang } from "@scomm/core";

/**
 * The one table of event types' names per language: the jurisdiction page's timeline and the Atom feeds'
 * entry titles and categories.
 */
export const EVENT_TYPE_LABELS_BY_LANG: Record<Lang, Record<EventType, string>> = {
  en: {
    activated: "Activated",
    full_state_activation: "Whole state activated",
    moa_signed: "Agreement signed",
    opt_out_requested: "Opt-out requested",
    participation_suspended: "Participation suspended",
    moa_terminated_by_state: "Agreement terminated",
    detainer_policy_limited: "Detainers limited",
    state_law_limits_cooperation: "State law limits cooperation",
    state_law_mandates_cooperation: "State law mandates cooperation",
    detainer_policy_rescinded: "Limits rescinded",
    objection_withdrawn: "Objection withdrawn",
    opt_out_denied: "Opt-out denied",
    moa_voided_by_dhs: "Agreements voided",
    program_launched: "Program launched",
    program_mandatory_memo: "Declared mandatory",
    program_ended: "Program ended",
    program_reinstated: "Program restored",
    "287g_terminated": "287(g) ended",
    other: "Development",
  },
  es: {
    activated: "Activado",
    full_state_activation: "Todo el estado activado",
    moa_signed: "Acuerdo firmado",
    opt_out_requested: "Salida solicitada",
    participation_suspended: "Participación suspendida",
    moa_terminated_by_state: "Acuerdo rescindido",
    detainer_policy_limited: "Retenciones limitadas",
    state_law_limits_cooperation: "Ley estatal limita la cooperación",
    state_law_mandates_cooperation: "Ley estatal exige cooperar",
    detainer_policy_rescinded: "Límites retirados",
    objection_withdrawn: "Objeción retirada",
    opt_out_denied: "Salida denegada",
    moa_voided_by_dhs: "Acuerdos anulados",
    program_launched: "Programa lanzado",
    program_mandatory_memo: "Declarado obligatorio",
    program_ended: "Programa terminado",
    program_reinstated: "Programa restablecido",
    "287g_terminated": "Fin del 287(g)",
    other: "Novedad",
  },
};
