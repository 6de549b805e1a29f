import type { Event } from "@scomm/core";
import type { Insertable } from "kysely";
import type { Db } from "../client.js";
import type { Database } from "../schema.js";

/** Events as the rows of `events`, `event_jurisdictions` and `sources`, lists kept in their order. */
export function eventRows(events: readonly Event[]) {
  return {
    events: events.map(({ jurisdictionIds: _ids, sources: _sources, actorEs, summaryEs, ...event }) => ({
      ...event,
      actorEs: actorEs ?? null,
      summaryEs: summaryEs ?? null,
    })),
    eventJurisdictions: events.flatMap((e) =>
      e.jurisdictionIds.map((jurisdictionId, position) => ({ eventId: e.id, jurisdictionId, position })),
    ),
    sources: events.flatMap((e) => e.sources.map((s, position) => ({ eventId: e.id, position, ...s }))),
  };
}

/** Store events (new ids) in the three tables. */
export async function insertEvents(db: Db, events: readonly Event[]): Promise<void> {
  const rows = eventRows(events);
  await insertChunked(db, "events", rows.events);
  await insertChunked(db, "event_jurisdictions", rows.eventJurisdictions);
  await insertChunked(db, "sources", rows.sources);
}

/**
 * Bound parameters one statement may carry: SQLite's default limit (32,766); PostgreSQL's is 65,535.
 * Multi-row inserts are cut into chunks that stay under it on both.
 */
const MAX_PARAMETERS = 32_766;

export async function insertChunked<T extends keyof Database>(db: Db, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  const columns = rows.reduce((most, row) => Math.max(most, Object.keys(row).length), 1);
  const chunk = Math.floor(MAX_PARAMETERS / columns);
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}
