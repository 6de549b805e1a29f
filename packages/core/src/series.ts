import { CATEGORIES, type Category } from "./categories.js";
import { dayNumber, type IsoDate } from "./dates.js";
import type { StatusTimeline } from "./timeline.js";

/** Counts (or population) per category at each sample date, ready to stack. */
export interface CategorySeries {
  dates: IsoDate[];
  values: Record<Category, number[]>;
}

export interface SeriesOptions {
  /** Timeline indexes to count (see `indexesOf`). */
  indexes: readonly number[];
  /** Sample dates in ascending order. */
  dates: readonly IsoDate[];
  /** Weight per timeline index (e.g. 2010 population); 1 each when absent. */
  weights?: ArrayLike<number>;
}

/**
 * A sweep, not a status computation per date: each transition moves its jurisdiction's weight from the
 * old category to the new one at the first sample date on or after it; a running sum does the rest.
 */
export function categorySeries(t: StatusTimeline, { indexes, dates, weights }: SeriesOptions): CategorySeries {
  const n = dates.length;
  const k = CATEGORIES.length;
  const sampleDays = dates.map(dayNumber);
  const delta = new Float64Array((n + 1) * k);
  for (const i of indexes) {
    const w = weights ? weights[i]! : 1;
    let previous = 0;
    delta[previous] = delta[previous]! + w;
    for (let p = t.offsets[i]!; p < t.offsets[i + 1]!; p++) {
      const at = firstSampleOnOrAfter(sampleDays, t.days[p]!);
      const next = t.cats[p]!;
      delta[at * k + previous] = delta[at * k + previous]! - w;
      delta[at * k + next] = delta[at * k + next]! + w;
      previous = next;
    }
  }
  const values = Object.fromEntries(CATEGORIES.map((c) => [c, new Array<number>(n)])) as Record<Category, number[]>;
  const running = new Float64Array(k);
  for (let s = 0; s < n; s++) {
    for (let c = 0; c < k; c++) {
      running[c] = running[c]! + delta[s * k + c]!;
      values[CATEGORIES[c]!][s] = running[c]!;
    }
  }
  return { dates: [...dates], values };
}

function firstSampleOnOrAfter(sampleDays: readonly number[], day: number): number {
  let lo = 0;
  let hi = sampleDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sampleDays[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
