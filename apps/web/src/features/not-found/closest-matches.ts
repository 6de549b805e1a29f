import { searchJurisdictions, type SearchHit, type SearchIndex } from "@scomm/core";
import { decodePathPart } from "../../lib/router.js";

/** What a visitor meant by a path that led nowhere: its last segment as words ("/j/cook-county" -> "cook county"). */
export function typedName(path: string): string {
  const last = path.split("/").filter(Boolean).at(-1) ?? "";
  // A malformed escape keeps the raw segment.
  const text = decodePathPart(last) ?? last;
  return text.replace(/[-_+.]+/g, " ").trim();
}

/**
 * The closest jurisdictions to what was typed, by core search. A FIPS code that matches nothing is
 * shortened digit by digit down to its state ("17999" -> Illinois' counties starting 179, then 17).
 */
export function closestMatches(index: SearchIndex, typed: string, limit = 8): SearchHit[] {
  let query = typed.trim();
  if (!query) return [];
  for (;;) {
    const hits = searchJurisdictions(index, query, limit);
    if (hits.length > 0 || !/^\d{3,}$/.test(query)) return hits;
    query = query.slice(0, -1);
  }
}
