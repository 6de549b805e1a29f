import { CATEGORIES, type Category } from "./categories.js";
import { levelOfId, type StatusTimeline } from "./timeline.js";

/** Whether a category means the program is switched on there (every category but the two not-yet ones). */
export function isActivatedCategory(category: Category): boolean {
  return category !== "not_activated" && category !== "opt_out_pending";
}

const ACTIVATED = Uint8Array.from(CATEGORIES, (c) => (isActivatedCategory(c) ? 1 : 0));

/** k of n: how many of a state's counties are switched on on a date, read from one `statusesAt` result. */
export interface CountyDeployment {
  activated: number;
  total: number;
}

const parents = new WeakMap<StatusTimeline, Int32Array>();

/** For each timeline entry, the index of its state (a county's parent); -1 for states and the nation. */
export function parentIndexes(t: StatusTimeline): Int32Array {
  let out = parents.get(t);
  if (out) return out;
  const position = new Map(t.ids.map((id, i) => [id, i]));
  out = Int32Array.from(t.ids, (id) => (levelOfId(id) === "county" ? (position.get(id.slice(0, 2)) ?? -1) : -1));
  parents.set(t, out);
  return out;
}

/** Per state timeline index, its counties switched on and in all, on the date `statuses` was read for. */
export function countyDeployments(t: StatusTimeline, statuses: Uint8Array): Map<number, CountyDeployment> {
  const parent = parentIndexes(t);
  const out = new Map<number, CountyDeployment>();
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i]!;
    if (p < 0) continue;
    const entry = out.get(p) ?? { activated: 0, total: 0 };
    entry.total += 1;
    entry.activated += ACTIVATED[statuses[i]!]!;
    out.set(p, entry);
  }
  return out;
}

/**
 * 1 for each state that counts as switched on (from its first county, DESIGN.md) while some of its
 * counties are not yet: the state map must show it as partly activated, never as the whole state.
 */
export function partlyActivatedStates(t: StatusTimeline, statuses: Uint8Array): Uint8Array {
  const out = new Uint8Array(t.ids.length);
  for (const [state, { activated, total }] of countyDeployments(t, statuses)) {
    if (ACTIVATED[statuses[state]!] && activated < total) out[state] = 1;
  }
  return out;
}

/** Whether county index `i` is one a partly activated state has not switched on yet (drawn pale on the state map). */
export function isPendingInPartlyActivatedState(t: StatusTimeline, statuses: Uint8Array, partly: Uint8Array, i: number): boolean {
  const p = parentIndexes(t)[i]!;
  return p >= 0 && partly[p] === 1 && ACTIVATED[statuses[i]!] === 0;
}
