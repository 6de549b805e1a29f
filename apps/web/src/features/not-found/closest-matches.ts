import { searchJurisdictions, type SearchHit, type SearchIndex } from "@scomm/core";

/** What a visitor meant by a path that led nowhere: its last segment as words ("/j/cook-county" -> "cook county"). */
export function typedName(path: string): string {
  const last = path.split("/").filter(Boolean).at(-1) ?? "";
  let text = last;
  try {
    text = decodeURIComponent(last);
  } catch {
    // a malformed escape: keep the raw segment
  }
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
