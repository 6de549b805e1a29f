import type { Event } from "@scomm/core";
import type { Db } from "../client.js";
import { contentHash } from "../import-plan.js";
import { META_KEYS } from "../seed.js";
import { insertChunked } from "./event-rows.js";
import { listEvents } from "./events.js";
import { parsed } from "./revisions.js";

/** Records the dataset version last imported for the event (its hash; null: none) and the revision it left. */
export async function setBaseline(trx: Db, eventId: string, hash: string | null, revision: number): Promise<void> {
  await trx
    .insertInto("imported_events")
    .values({ eventId, contentHash: hash, revision })
    .onConflict((oc) => oc.column("eventId").doUpdateSet({ contentHash: hash, revision }))
    .execute();
}

/** The baseline of a freshly seeded record: every event as imported, at revision 0. */
export function seededBaseline(events: readonly Event[]) {
  return events.map((e) => ({ eventId: e.id, contentHash: contentHash(e), revision: 0 }));
}

/**
 * A record seeded before imports existed (migration 0004) gets its baseline from what it holds: the seeded
 * version of each event, which is its published one if nobody changed it, else the `before` of its first
 * revision. An event a curator created has none. Revisions all count as the curators' (baseline revision 0).
 */
export async function adoptImportBaseline(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const [published, firsts] = await Promise.all([
      listEvents(trx),
      trx.selectFrom("event_revisions").select(["eventId", "beforeJson"]).where("revision", "=", 1).execute(),
    ]);
    const seeded = new Map<string, Event | null>(published.map((e) => [e.id, e]));
    for (const first of firsts) seeded.set(first.eventId, parsed(first.beforeJson));
    const rows = [...seeded].flatMap(([eventId, event]) => (event ? [{ eventId, contentHash: contentHash(event), revision: 0 }] : []));
    await trx.deleteFrom("imported_events").execute();
    await insertChunked(trx, "imported_events", rows);
    await trx.insertInto("dataset_meta").values({ key: META_KEYS.baseline, value: "1" }).execute();
  });
}
