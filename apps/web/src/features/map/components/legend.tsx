import type { Category, IsoDate, MapLevel } from "@scomm/core";
import { memo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import type { LegendRow } from "../map-series.js";
import { InternalLink } from "../../../components/internal-link.js";
import { Swatch } from "./swatch.js";

interface LegendProps {
  rows: readonly LegendRow[] | null;
  level: MapLevel;
  date: IsoDate;
  /** The highlighted category; clicking a category toggles it. */
  highlight: Category | null;
  onHighlight: (category: Category | null) => void;
  /** States shown as partly activated (their not-yet-switched-on counties pale); 0 hides the note. */
  partlyActivated?: number;
}

/** One category's row: its toggle (swatch, name, share bar), its definition, its count and share. */
function LegendEntry({ row, highlight, onHighlight }: { row: LegendRow } & Pick<LegendProps, "highlight" | "onHighlight">) {
  const { m, number } = useI18n();
  const t = m.map.legend;
  return (
    <tr className={`legend__row${highlight && highlight !== row.category ? " legend__row--faded" : ""}`} data-category={row.category}>
      <th scope="row" className="legend__label">
        <button
          type="button"
          className="legend__toggle"
          aria-pressed={highlight === row.category}
          aria-describedby="legend-hint"
          data-testid={`legend-toggle-${row.category}`}
          onClick={() => onHighlight(highlight === row.category ? null : row.category)}
        >
          <span className="legend__name">
            <Swatch fill={row.fill} hatch={row.hatch} />
            {row.label}
          </span>
          <span className="legend__bar" aria-hidden="true">
            <span style={{ width: `${row.share * 100}%`, background: row.fill }} />
          </span>
        </button>
        <span className="legend__definition">{t.definitions[row.category]}</span>
      </th>
      <td className="legend__count" data-testid={`legend-count-${row.category}`}>
        {number(row.count)}
      </td>
      <td className="legend__share">{number(row.share, { style: "percent", maximumFractionDigits: 1 })}</td>
    </tr>
  );
}

/** Categories with the live count of counties (or states) in each on the map's date; each one highlights itself. */
export const Legend = memo(function Legend({ rows, level, date, highlight, onHighlight, partlyActivated = 0 }: LegendProps) {
  const { m, date: formatDate, number, fill } = useI18n();
  const t = m.map.legend;
  const total = rows?.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title" data-highlight={highlight ?? undefined}>
      <h2 id="legend-title" className="legend__title">
        {fill(t.title[level], { date: formatDate(date) })}
      </h2>
      <p id="legend-hint" className="legend__hint">
        {t.hint}
      </p>
      <table className="legend__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.number}</th>
            <th scope="col">{t.share}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <LegendEntry key={row.category} row={row} highlight={highlight} onHighlight={onHighlight} />
          ))}
        </tbody>
        {total !== undefined && (
          <tfoot>
            <tr className="legend__total">
              <th scope="row">{t.total}</th>
              <td className="legend__count">{number(total)}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
      {partlyActivated > 0 && (
        <p className="legend__partly" data-testid="legend-partly">
          <span className="swatch swatch--partly" aria-hidden="true" />
          {fill(t.partly, { count: partlyActivated })}
        </p>
      )}
      {!rows && <p className="legend__loading">{t.loading}</p>}
      <p className="legend__more">
        <InternalLink route={{ page: "about" }} hash="about-rules">
          {t.meaning}
        </InternalLink>
      </p>
    </section>
  );
});
