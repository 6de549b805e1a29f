import type { Dataset } from "../schemas.js";
import { KNOWN_PLACES, type KnownPlace } from "./known-places.js";
import { searchTokens } from "./normalize.js";
import type { SearchEntry } from "./search-entry.js";
import { splitEntryName } from "./suffixes.js";

/**
 * Every state and county of a dataset, plus each city its events name ("New York City" once per
 * county it applies to), carrying the county's state. Cities have no population: on equal scores
 * their county comes first.
 */
export function searchEntriesOf(dataset: Dataset): SearchEntry[] {
  const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const entries: SearchEntry[] = [];
  for (const j of dataset.jurisdictions) {
    if (j.level === "nation") continue;
    entries.push({
      id: j.id,
      kind: j.level,
      name: j.name,
      stateCode: j.stateCode,
      stateName: j.stateName,
      ...(j.population2010 === null ? {} : { population: j.population2010 }),
    });
  }
  const seen = new Set<string>();
  for (const event of dataset.events) {
    if (event.placeLevel !== "city") continue;
    for (const id of event.jurisdictionIds) {
      const county = byId.get(id);
      const key = `${event.placeName}\u0000${id}`;
      if (county?.level !== "county" || seen.has(key)) continue;
      seen.add(key);
      entries.push({ id, kind: "city", name: event.placeName, stateCode: county.stateCode, stateName: county.stateName });
    }
  }
  return entries;
}

/**
 * The entries with the known places (known-places.ts) whose county is among them: a place named like
 * its county marks that county `known`; one named like a city already listed marks that city; any
 * other is added on its county, `known`, with the county's population (it ranks with its county).
 */
export function withKnownPlaces(entries: readonly SearchEntry[], places: readonly KnownPlace[] = KNOWN_PLACES): SearchEntry[] {
  const out = [...entries];
  const wanted = new Set(places.map((p) => p.countyId));
  const counties = new Map<string, SearchEntry>();
  const at = new Map<string, number>();
  // Only the entries on the places' counties are folded; a county before a city of the same name on
  // it ("Los Angeles"): the county is the one marked.
  for (let i = out.length - 1; i >= 0; i--) {
    const entry = out[i]!;
    if (!wanted.has(entry.id)) continue;
    if (entry.kind === "county") counties.set(entry.id, entry);
    at.set(nameKey(entry.id, coreName(entry)), i);
  }
  for (const place of places) {
    const county = counties.get(place.countyId);
    if (!county) continue;
    const same = at.get(nameKey(place.countyId, searchTokens(place.name).join(" ")));
    if (same !== undefined) {
      out[same] = { ...out[same]!, known: true };
      continue;
    }
    const { stateCode, stateName, population } = county;
    at.set(nameKey(place.countyId, coreName(place)), out.length);
    const added = { id: place.countyId, kind: place.kind, name: place.name, stateCode, stateName, known: true };
    out.push(population === undefined ? added : { ...added, population });
  }
  return out;
}

const nameKey = (id: string, name: string) => `${id}\u0000${name}`;

/** A county's name without its ending ("Baltimore city" -> "baltimore"); a city's whole name. */
function coreName(entry: Pick<SearchEntry, "kind" | "name">): string {
  return splitEntryName(entry, searchTokens(entry.name)).core.join(" ");
}
