import { standsForCounty, type Category, type SearchEntryKind, type SearchHit } from "@scomm/core";

/** One line of the search list: what it opens and how to tell it from its namesakes. */
export interface SearchOption {
  /** Unique within one list (a city and its county share an id). */
  key: string;
  /** The jurisdiction it opens, /j/<id>. */
  id: string;
  kind: SearchEntryKind;
  name: string;
  stateCode: string | null;
  stateName: string | null;
  /** For a city or borough, the county it is recorded on ("Brooklyn" -> "Kings County"). */
  countyName: string | null;
  /** The status of what it opens on the view's date; null until the status timeline has loaded. */
  category: Category | null;
  /** Another option in the list has the same name: the state (and county) must tell them apart. */
  ambiguous: boolean;
}

export function searchOptions(
  hits: readonly SearchHit[],
  countyName: (id: string) => string | null,
  categoryOf: (id: string) => Category | null = () => null,
): SearchOption[] {
  const named = new Map<string, number>();
  for (const { entry } of hits) named.set(entry.name, (named.get(entry.name) ?? 0) + 1);
  return hits.map(({ entry }) => ({
    key: `${entry.kind}:${entry.id}:${entry.name}`,
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    stateCode: entry.stateCode,
    stateName: entry.stateName,
    countyName: standsForCounty(entry) ? countyName(entry.id) : null,
    category: categoryOf(entry.id),
    ambiguous: (named.get(entry.name) ?? 0) > 1,
  }));
}

/** The option a key press makes active in a list of `count`: -1 is none (the text field itself). */
export function moveActive(active: number, count: number, key: "ArrowDown" | "ArrowUp"): number {
  if (count === 0) return -1;
  if (key === "ArrowDown") return active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}
