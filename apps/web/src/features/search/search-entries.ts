import { buildSearchIndex, searchEntriesOf, type SearchEntry, type SearchIndex } from "@scomm/core";
import type { RouterOutputs } from "../../lib/trpc.js";

export type JurisdictionRow = RouterOutputs["jurisdictions"]["list"][number];

/**
 * The browser's search index: every state and county of `jurisdictions.list` (entries made by core's
 * searchEntriesOf, as the server would) plus the cities the events name (`search.cities`).
 */
export function searchIndexOf(rows: readonly JurisdictionRow[], cities: readonly SearchEntry[]): SearchIndex {
  const jurisdictions = rows.map((row) => ({ ...row, stateFips: row.level === "nation" ? null : row.id.slice(0, 2) }));
  return buildSearchIndex([...searchEntriesOf({ jurisdictions, events: [] }), ...cities]);
}
