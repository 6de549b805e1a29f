import { CATEGORIES } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { TrendRow, TrendUnit } from "../trends-series.js";

interface TrendsDataTableProps {
  id: string;
  rows: readonly TrendRow[];
  title: string;
  unit: TrendUnit;
  format: (value: number) => string;
}

/** Every plotted value, month by month: the chart for screen readers and for anyone who wants the numbers. */
export function TrendsDataTable({ id, rows, title, unit, format }: TrendsDataTableProps) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const measure = m.trends.measures[unit === "share" ? "population" : "count"];
  return (
    <div className="trends-data" id={id} tabIndex={0} role="region" aria-label={measure}>
      <table className="data-table" data-testid="trends-data-table">
        <caption>{fill(m.trends.tableCaption, { title, measure })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.trends.month}</th>
            {CATEGORIES.map((c) => (
              <th key={c} scope="col">
                {m.categories[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.date}>
              <th scope="row">
                <time dateTime={row.date}>{i18n.date(row.date, "month")}</time>
              </th>
              {CATEGORIES.map((c) => (
                <td key={c}>{format(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
