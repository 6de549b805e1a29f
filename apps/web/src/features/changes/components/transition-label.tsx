import type { Category } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";

/** "[swatch] Activated → [swatch] Activated, limits cooperation", on one line or (stacked) two. */
export function TransitionLabel({ from, to, stacked = false }: { from: Category; to: Category; stacked?: boolean }) {
  const { m } = useI18n();
  return (
    <span className={`transition-label${stacked ? " transition-label--stacked" : ""}`}>
      <span className="transition-label__category">
        <Swatch {...CATEGORY_STYLES[from]} />
        {m.categories[from]}
      </span>
      <span className="transition-label__category">
        <span className="transition-label__arrow">→</span>
        <Swatch {...CATEGORY_STYLES[to]} />
        {m.categories[to]}
      </span>
    </span>
  );
}

/** "119 counties" / "1 county". */
export function useCountyCount(): (count: number) => string {
  const { m, fill } = useI18n();
  return (count) => fill(m.changes.countyCount, { count });
}
