import type { IsoDate } from "@scomm/core";
import { memo } from "react";
import { longDate } from "../../timeline/date-label.js";
import type { MapLevel } from "../../timeline/map-query.js";
import type { LegendRow } from "../map-series.js";
import { Swatch } from "./swatch.js";

const NUMBER = new Intl.NumberFormat("en-US");
const PERCENT = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

interface LegendProps {
  rows: readonly LegendRow[] | null;
  level: MapLevel;
  date: IsoDate;
}

/** Categories with the live count of counties (or states) in each on the map's date. */
export const Legend = memo(function Legend({ rows, level, date }: LegendProps) {
  const unit = level === "county" ? "Counties" : "States and DC";
  const total = rows?.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {unit} on {longDate(date)}
      </h2>
      <table className="legend__table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Number</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.category} className="legend__row" data-category={row.category}>
              <th scope="row" className="legend__label">
                <span className="legend__name">
                  <Swatch fill={row.fill} hatch={row.hatch} />
                  {row.label}
                </span>
                <span className="legend__bar" aria-hidden="true">
                  <span style={{ width: `${row.share * 100}%`, background: row.fill }} />
                </span>
              </th>
              <td className="legend__count" data-testid={`legend-count-${row.category}`}>
                {NUMBER.format(row.count)}
              </td>
              <td className="legend__share">{PERCENT.format(row.share)}</td>
            </tr>
          ))}
        </tbody>
        {total !== undefined && (
          <tfoot>
            <tr className="legend__total">
              <th scope="row">Total</th>
              <td className="legend__count">{NUMBER.format(total)}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
      {!rows && <p className="legend__loading">Loading statuses…</p>}
    </section>
  );
});
