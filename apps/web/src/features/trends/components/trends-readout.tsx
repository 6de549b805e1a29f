import { addMonths, CATEGORIES, type Category, type IsoDate, TIMELINE_START } from "@scomm/core";
import type { HistoryMode } from "../../../lib/location.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import { valueText } from "../format-value.js";
import type { TrendUnit } from "../trends-series.js";

interface TrendsReadoutProps {
  values: Record<Category, number>;
  date: IsoDate;
  today: IsoDate;
  unit: TrendUnit;
  onDate: (date: IsoDate, mode: HistoryMode) => void;
}

/** The legend, read at the cursor: each category's value on the selected date, with month steps. */
export function TrendsReadout({ values, date, today, unit, onDate }: TrendsReadoutProps) {
  const i18n = useI18n();
  const { m } = i18n;
  const total = CATEGORIES.reduce((sum, c) => sum + values[c], 0);
  const shown = (value: number) => valueText(i18n, unit === "share" && total > 0 ? value / total : value, unit);
  const step = (months: number) => {
    const next = addMonths(date, months < 0 && !date.endsWith("-01") ? 0 : months);
    onDate(next < TIMELINE_START ? TIMELINE_START : next > today ? today : next, "push");
  };
  return (
    <aside className="trends-readout" data-testid="trends-readout" aria-labelledby="trends-readout-title">
      <p className="trends-readout__label">{m.trends.selectedDate}</p>
      <h3 id="trends-readout-title" className="trends-readout__date" aria-live="polite">
        <time dateTime={date}>{i18n.date(date)}</time>
      </h3>
      <div className="trends-readout__steps">
        <button type="button" className="view-button" onClick={() => step(-1)} disabled={date <= TIMELINE_START}>
          <span aria-hidden="true">‹ </span>
          {m.trends.previousMonth}
        </button>
        <button type="button" className="view-button" onClick={() => step(1)} disabled={addMonths(date, 1) > today}>
          {m.trends.nextMonth}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <table className="trends-readout__table">
        <caption className="visually-hidden">{i18n.fill(m.trends.onDate, { date: i18n.date(date) })}</caption>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} data-category={c}>
              <th scope="row">
                <Swatch fill={CATEGORY_STYLES[c].fill} hatch={CATEGORY_STYLES[c].hatch} />
                <span>{m.categories[c]}</span>
              </th>
              <td data-testid={`trend-value-${c}`}>{shown(values[c])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.trends.total}</th>
            <td data-testid="trend-value-total">{shown(total)}</td>
          </tr>
        </tfoot>
      </table>
    </aside>
  );
}
