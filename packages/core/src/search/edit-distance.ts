/**
 * Bounded optimal-string-alignment distance (Damerau-Levenshtein where a swap of two neighbours
 * costs one edit). Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return alignment(a, b, max, false);
}

/** The smallest distance between `query` and any prefix of `text` (for type-ahead with a typo). */
export function prefixEditDistance(query: string, text: string, max: number): number {
  if (text.length < query.length - max) return max + 1;
  return alignment(query, text.slice(0, query.length + max), max, true);
}

/**
 * The usual table, row by row, but only the band |i - j| <= max: a path leaving it costs more
 * than max. Cells just outside the band are written as `max + 1` so stale values are never read.
 */
function alignment(a: string, b: string, max: number, prefix: boolean): number {
  const n = b.length;
  const over = max + 1;
  let [before, previous, row] = rows(n + 2);
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, over);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    row[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = row[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    row[hi + 1] = over;
    // A swap reaches back two rows, so stop only when neither of the last two rows can recover.
    if (rowMin > max && previousMin >= max) return over;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  const m = a.length;
  if (!prefix) return Math.min(previous[n]!, over);
  let best = over;
  for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++) best = Math.min(best, previous[j]!);
  return best;
}

/** Three reusable rows (grown on demand): the search calls this thousands of times per query. */
let scratch = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;
function rows(size: number): readonly [Int32Array, Int32Array, Int32Array] {
  if (scratch[0].length < size) scratch = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  return scratch;
}
