import type { SeriesWeight } from "@scomm/core";
import { SegmentedChoice } from "../../../components/segmented-choice.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

const WEIGHTS: readonly SeriesWeight[] = ["count", "population"];

/** Number of counties, or share of the 2010 population living in them. */
export function MeasureToggle({ value, onChange }: { value: SeriesWeight; onChange: (weight: SeriesWeight) => void }) {
  const { m } = useI18n();
  const choices = WEIGHTS.map((weight) => ({ value: weight, label: m.trends.measures[weight] }));
  return (
    <SegmentedChoice
      name="trend-measure"
      legend={m.trends.measure}
      choices={choices}
      value={value}
      onChange={onChange}
      className="view-toggle"
    />
  );
}
