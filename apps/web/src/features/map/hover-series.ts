import { CATEGORIES, isActivatedCategory, type Category, type IsoDate } from "@scomm/core";
import type { I18n } from "../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "./category-colours.js";
import type { JurisdictionLook } from "./jurisdiction-look.js";

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
  countyCounts?: Record<Category, number> | undefined;
}

export interface TooltipContent extends JurisdictionLook {
  lines: string[];
}

/** The tooltip's text in the reader's language: name, state, category, activation, a state's counties. */
export function tooltipContent(
  { id, category, jurisdiction, countyCounts }: HoverInput,
  { m, date, number, fill, place }: I18n,
): TooltipContent {
  const isState = id.length === 2;
  const t = m.map.tooltip;
  const lines: string[] = [];
  const activation = jurisdiction?.activationDate;
  lines.push(activation ? fill(isState ? t.firstActivated : t.activated, { date: date(activation) }) : t.noActivation);
  if (countyCounts) {
    const total = CATEGORIES.reduce((sum, c) => sum + countyCounts[c], 0);
    const parts = CATEGORIES.filter((c) => countyCounts[c] > 0).map((c) =>
      fill(t.countyPart, { count: number(countyCounts[c]), category: m.categories[c].toLowerCase() }),
    );
    lines.push(fill(t.countyCounts, { total: number(total), parts: parts.join(", ") }));
    const activated = CATEGORIES.filter(isActivatedCategory).reduce((sum, c) => sum + countyCounts[c], 0);
    if (isActivatedCategory(category) && activated < total) {
      lines.push(fill(t.partly, { activated: number(activated), total: number(total) }));
    }
  }
  return {
    title: jurisdiction ? place(jurisdiction.name) : fill(t.fips, { id }),
    subtitle: isState || !jurisdiction?.stateName ? null : place(jurisdiction.stateName),
    category,
    categoryLabel: m.categories[category],
    ...CATEGORY_STYLES[category],
    lines,
  };
}
