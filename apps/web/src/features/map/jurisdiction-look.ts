import type { Category } from "@scomm/core";

/** How the tooltip and the panel name a jurisdiction and show its colour on the date. */
export interface JurisdictionLook {
  title: string;
  subtitle: string | null;
  category: Category;
  categoryLabel: string;
  fill: string;
  hatch: string | null;
}
