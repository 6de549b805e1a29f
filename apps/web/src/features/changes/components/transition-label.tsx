import type { Category } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";

/** "[swatch] Activated → [swatch] Activated, limits cooperation". */
export function TransitionLabel({ from, to }: { from: Category; to: Category }) {
  const { m } = useI18n();
  return (
    <span className="transition-label">
      <span className="transition-label__category">
        <Swatch {...CATEGORY_STYLES[from]} />
        {m.categories[from]}
      </span>
      <span className="transition-label__arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> → </span>
      <span className="transition-label__category">
        <Swatch {...CATEGORY_STYLES[to]} />
        {m.categories[to]}
      </span>
    </span>
  );
}

/** "119 counties" / "1 county". */
export function useCountyCount(): (count: number) => string {
  const { m, fill, number } = useI18n();
  return (count) => (count === 1 ? m.changes.countyCountOne : fill(m.changes.countyCount, { count: number(count) }));
}
