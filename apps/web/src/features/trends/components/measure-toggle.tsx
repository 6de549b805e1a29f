import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { SeriesWeight } from "../../../lib/view-state.js";

const WEIGHTS: readonly SeriesWeight[] = ["count", "population"];

/** Number of counties, or share of the 2010 population living in them. */
export function MeasureToggle({ value, onChange }: { value: SeriesWeight; onChange: (weight: SeriesWeight) => void }) {
  const { m } = useI18n();
  return (
    <fieldset className="level-toggle view-toggle">
      <legend className="visually-hidden">{m.trends.measure}</legend>
      {WEIGHTS.map((weight) => (
        <label key={weight} className="level-toggle__option">
          <input type="radio" name="trend-measure" value={weight} checked={value === weight} onChange={() => onChange(weight)} />
          <span>{m.trends.measures[weight]}</span>
        </label>
      ))}
    </fieldset>
  );
}
