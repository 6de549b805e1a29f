import type { Event, EventType, IsoDate, Source } from "@scomm/core";
import type { Db } from "../client.js";

export interface EventFilter {
  /** The one event of that id. */
  eventId?: string;
  /** Events that apply to this jurisdiction (a county's include its cities'). */
  jurisdictionId?: string;
  type?: EventType;
  /** Inclusive date bounds, `YYYY-MM-DD`. */
  from?: IsoDate;
  to?: IsoDate;
}

/** Matching events in date order (then id), each with its jurisdiction ids and sources in dataset order. */
export async function listEvents(db: Db, filter: EventFilter = {}): Promise<Event[]> {
  const matching = matchingEvents(db, filter);
  const ids = matching.select("events.id");
  const [rows, links, sources] = await Promise.all([
    matching.selectAll().orderBy("date").orderBy("id").execute(),
    db
      .selectFrom("event_jurisdictions")
      .select(["eventId", "jurisdictionId"])
      .where("eventId", "in", ids)
      .orderBy("eventId")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("sources")
      .select(["eventId", "title", "publisher", "date", "url", "foundAt"])
      .where("eventId", "in", ids)
      .orderBy("eventId")
      .orderBy("position")
      .execute(),
  ]);
  const idsOf = group(links, (l) => l.jurisdictionId);
  const sourcesOf = group(sources, ({ eventId: _id, ...source }): Source => source);
  return rows.map(({ actorEs, summaryEs, ...row }) => ({
    ...row,
    // The Spanish text is optional on an event: absent, not null, where none was written (as in the files).
    ...(actorEs === null ? {} : { actorEs }),
    ...(summaryEs === null ? {} : { summaryEs }),
    jurisdictionIds: idsOf.get(row.id) ?? [],
    sources: sourcesOf.get(row.id) ?? [],
  }));
}

function matchingEvents(db: Db, { eventId, jurisdictionId, type, from, to }: EventFilter) {
  let query = db.selectFrom("events");
  if (eventId !== undefined) query = query.where("events.id", "=", eventId);
  if (jurisdictionId) {
    const linked = db.selectFrom("event_jurisdictions").select("eventId").where("jurisdictionId", "=", jurisdictionId);
    query = query.where("events.id", "in", linked);
  }
  if (type) query = query.where("type", "=", type);
  if (from) query = query.where("date", ">=", from);
  if (to) query = query.where("date", "<=", to);
  return query;
}

function group<R extends { eventId: string }, V>(rows: readonly R[], value: (row: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const list = out.get(row.eventId);
    if (list) list.push(value(row));
    else out.set(row.eventId, [value(row)]);
  }
  return out;
}
