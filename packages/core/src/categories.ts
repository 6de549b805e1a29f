/**
 * The map categories, in legend order. Their precedence (which rule wins) lives in `categoryFor`.
 * `mandates` arrives with the post-2013 state laws (sc-events-extra).
 */
export const CATEGORIES = ["not_activated", "opt_out_pending", "over_objection", "mandates", "limits", "activated"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  not_activated: "Not yet activated",
  opt_out_pending: "Opt-out pending",
  over_objection: "Activated over objection",
  mandates: "Activated, state mandates cooperation",
  limits: "Activated, limits cooperation",
  activated: "Activated",
};

/** The categories in the order their rules are tried (`categoryFor`): the first that matches wins. */
export const CATEGORY_RULE_ORDER: readonly Category[] = [
  "opt_out_pending",
  "over_objection",
  "mandates",
  "limits",
  "activated",
  "not_activated",
];

export function categoryIndex(category: Category): number {
  return CATEGORIES.indexOf(category);
}
