import type { I18n } from "../../lib/i18n/use-i18n.js";
import type { TrendUnit } from "./trends-series.js";

/** A plotted value as a number ("1,234") or a share ("12.3%"). */
export function valueText(i18n: I18n, value: number, unit: TrendUnit): string {
  return unit === "share"
    ? i18n.number(value, { style: "percent", maximumFractionDigits: value > 0 && value < 0.01 ? 2 : 1 })
    : i18n.number(Math.round(value));
}

/** The same value in words for a sentence: "62 counties", "1 county", "12.3% of the population". */
export function valueWords(i18n: I18n, value: number, unit: TrendUnit): string {
  const { m, fill } = i18n;
  if (unit === "share") return fill(m.trends.valueShare, { value: valueText(i18n, value, unit) });
  return value === 1 ? m.trends.valueCountOne : fill(m.trends.valueCount, { value: valueText(i18n, value, unit) });
}
