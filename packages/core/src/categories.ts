import { z } from "zod";

/**
 * The map categories, in legend order. Their precedence (which rule wins) lives in `categoryFor`.
 * `mandates` arrives with the post-2013 state laws (sc-events-extra).
 */
export const categorySchema = z.enum([
  "not_activated",
  "opt_out_pending",
  "over_objection",
  "mandates",
  "limits",
  "activated",
]);
export type Category = z.infer<typeof categorySchema>;
export const CATEGORIES: readonly Category[] = categorySchema.options;

export const CATEGORY_LABELS: Record<Category, string> = {
  not_activated: "Not yet activated",
  opt_out_pending: "Opt-out pending",
  over_objection: "Activated over objection",
  mandates: "Activated, state mandates cooperation",
  limits: "Activated, limits cooperation",
  activated: "Activated",
};

export function categoryIndex(category: Category): number {
  return CATEGORIES.indexOf(category);
}
