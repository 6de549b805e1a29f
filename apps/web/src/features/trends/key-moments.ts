import { CATEGORIES, type Category, type IsoDate } from "@scomm/core";
import type { TrendRow } from "./trends-series.js";

export interface Peak {
  date: IsoDate;
  value: number;
}

/** What the caption under the chart names, read from the plotted rows. */
export interface KeyMoments {
  /** Most counties (or people) whose objection was pending before they were switched on. */
  peakOptOut: Peak | null;
  peakOverObjection: Peak | null;
  /** First month with nobody left waiting to be switched on (neither of the two "not on yet" categories). */
  allSwitchedOn: IsoDate | null;
  peakLimits: Peak | null;
  firstMandates: IsoDate | null;
  /** The last row: where things stand today. */
  latest: TrendRow | null;
}

/** The first row where `category` is highest; null when it is never above zero. */
export function peakOf(rows: readonly TrendRow[], category: Category): Peak | null {
  let best: Peak | null = null;
  for (const row of rows) if (row[category] > (best?.value ?? 0)) best = { date: row.date, value: row[category] };
  return best;
}

export function keyMoments(rows: readonly TrendRow[]): KeyMoments {
  const allOn = rows.find((r) => total(r) > 0 && r.not_activated + r.opt_out_pending === 0);
  return {
    peakOptOut: peakOf(rows, "opt_out_pending"),
    peakOverObjection: peakOf(rows, "over_objection"),
    allSwitchedOn: allOn?.date ?? null,
    peakLimits: peakOf(rows, "limits"),
    firstMandates: rows.find((r) => r.mandates > 0)?.date ?? null,
    latest: rows.at(-1) ?? null,
  };
}

function total(row: TrendRow): number {
  return CATEGORIES.reduce((sum, c) => sum + row[c], 0);
}
