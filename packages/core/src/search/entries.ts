import type { Dataset } from "../schemas.js";
import type { SearchEntry } from "./search-entry.js";

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
