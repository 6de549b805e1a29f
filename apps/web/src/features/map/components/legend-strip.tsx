import type { IsoDate, MapLevel } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import type { LegendRow } from "../map-series.js";
import { Swatch } from "./swatch.js";

interface LegendStripProps {
  rows: readonly LegendRow[] | null;
  level: MapLevel;
  date: IsoDate;
}

/** The legend in one strip (the compact embed): each category's swatch, name and count on the date, wrapping as needed. */
export function LegendStrip({ rows, level, date }: LegendStripProps) {
  const { m, date: formatDate, number, fill } = useI18n();
  const t = m.map.legend;
  return (
    <section className="legend-strip" data-testid="legend" aria-labelledby="legend-strip-title">
      <h2 id="legend-strip-title" className="visually-hidden">
        {fill(t.title[level], { date: formatDate(date) })}
      </h2>
      <ul className="legend-strip__list">
        {(rows ?? []).map((row) => (
          <li key={row.category} className="legend-strip__item" data-category={row.category}>
            <Swatch fill={row.fill} hatch={row.hatch} />
            {row.label}
            <span className="legend-strip__count" data-testid={`legend-count-${row.category}`}>
              {number(row.count)}
            </span>
          </li>
        ))}
      </ul>
      {!rows && <p className="legend__loading">{t.loading}</p>}
    </section>
  );
}
