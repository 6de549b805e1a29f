import { CATEGORIES, type Category, type IsoDate } from "@scomm/core";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import type { TrendRow } from "../trends-series.js";

interface ChartTooltipProps {
  active: boolean | undefined;
  label: unknown;
  rows: readonly TrendRow[];
  labels: Record<Category, string>;
  formatValue: (value: number) => string;
  formatMonth: (date: IsoDate) => string;
}

/** The hovered month: each category present, with its value. */
export function ChartTooltip({ active, label, rows, labels, formatValue, formatMonth }: ChartTooltipProps) {
  const row = active ? rows.find((r) => r.day === Number(label)) : undefined;
  if (!row) return null;
  return (
    <div className="trends-tooltip">
      <p className="trends-tooltip__date">{formatMonth(row.date)}</p>
      <table>
        <tbody>
          {CATEGORIES.filter((c) => row[c] > 0).map((c) => (
            <tr key={c}>
              <th scope="row">
                <span className="trends-tooltip__dot" style={{ background: CATEGORY_STYLES[c].fill }} />
                {labels[c]}
              </th>
              <td>{formatValue(row[c])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
