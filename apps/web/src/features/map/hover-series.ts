import { CATEGORIES, CATEGORY_LABELS, type Category, type IsoDate } from "@scomm/core";
import { longDate } from "../timeline/date-label.js";
import { CATEGORY_STYLES } from "./category-colours.js";

/** What the API says about the hovered jurisdiction (null while it loads). */
export interface HoveredJurisdiction {
  name: string;
  stateName: string | null;
  activationDate: IsoDate | null;
}

export interface HoverInput {
  id: string;
  category: Category;
  jurisdiction: HoveredJurisdiction | null;
  /** For a state: its counties per category on the date (from core's `countCategories`). */
  countyCounts?: Record<Category, number>;
}

export interface TooltipContent {
  title: string;
  subtitle: string | null;
  category: Category;
  categoryLabel: string;
  fill: string;
  hatch: string | null;
  lines: string[];
}

export function tooltipContent({ id, category, jurisdiction, countyCounts }: HoverInput): TooltipContent {
  const isState = id.length === 2;
  const lines: string[] = [];
  const activation = jurisdiction?.activationDate;
  lines.push(activation ? `${isState ? "First county activated" : "Activated"} ${longDate(activation)}` : "No activation date on record");
  if (countyCounts) {
    const total = CATEGORIES.reduce((sum, c) => sum + countyCounts[c], 0);
    const parts = CATEGORIES.filter((c) => countyCounts[c] > 0).map((c) => `${countyCounts[c]} ${CATEGORY_LABELS[c].toLowerCase()}`);
    lines.push(`${total} counties: ${parts.join(", ")}`);
  }
  return {
    title: jurisdiction?.name ?? `FIPS ${id}`,
    subtitle: isState ? null : jurisdiction?.stateName ?? null,
    category,
    categoryLabel: CATEGORY_LABELS[category],
    ...CATEGORY_STYLES[category],
    lines,
  };
}
