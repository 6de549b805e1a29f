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

function alignment(a: string, b: string, max: number, prefix: boolean): number {
  const n = b.length;
  let before = new Int32Array(n + 1);
  let previous = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches back two rows, so stop only when neither of the last two rows can recover.
    if (rowMin > max && previousMin >= max) return max + 1;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  const result = prefix ? Math.min(...previous) : previous[n]!;
  return Math.min(result, max + 1);
}
