/**
 * A valid input for every tRPC query (undefined: it takes none). The fuzz suite swaps one field at a
 * time for a hostile value, so each base must itself be answered 200; a procedure missing here fails the suite.
 */
export const VALID_INPUTS: Record<string, Record<string, unknown> | undefined> = {
  "jurisdictions.list": { level: "county", stateFips: "48" },
  "jurisdictions.byId": { id: "48201", date: "2011-07-01" },
  "events.list": { jurisdictionId: "36047", type: "activated", from: "2008-01-01", to: "2013-01-01", limit: 10, cursor: "sc-001" },
  "status.timeline": undefined,
  "status.snapshot": { date: "2011-07-01", level: "county" },
  "status.table": { date: "2011-07-01", level: "county" },
  "status.changes": { from: "2011-01-01", to: "2012-01-01", level: "state" },
  "status.series": { level: "county", weight: "count", stateFips: "48", from: "2010-01-01", to: "2012-01-01" },
  "search.cities": undefined,
  "record.summary": undefined,
  "record.lastActivation": undefined,
  "auth.me": undefined,
  "tokens.list": undefined,
  "accounts.list": undefined,
  "events.drafts": undefined,
  "events.revisions": { id: "sc-001" },
  "events.recent": { limit: 10 },
  "events.editable": { id: "sc-001" },
  "imports.conflicts": undefined,
};

/** The path and query of a GET for one procedure and input. */
export function trpcPath(procedure: string, input: unknown): string {
  return input === undefined ? `/trpc/${procedure}` : `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
