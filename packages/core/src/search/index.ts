export { foldText } from "./normalize.js";
export { buildSearchIndex, type SearchIndex, type SearchKey } from "./build-index.js";
export { searchEntriesOf, withKnownPlaces } from "./entries.js";
export { KNOWN_PLACES, type KnownPlace } from "./known-places.js";
export { searchJurisdictions } from "./search.js";
export {
  searchEntryKindSchema,
  searchEntrySchema,
  searchHitSchema,
  standsForCounty,
  type SearchEntry,
  type SearchEntryKind,
  type SearchHit,
} from "./search-entry.js";
export { spanishStateName } from "./spanish-state-names.js";
