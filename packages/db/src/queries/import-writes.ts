import type { Dataset, Event } from "@scomm/core";
import type { Db } from "../client.js";
import { getDraft, getPublishedEvent, replaceEvent } from "./event-edits.js";
import { insertRevision, type RevisionChange, type RevisionStamp } from "./revisions.js";

/** The editor every revision an import writes is signed by. */
export const IMPORT_EDITOR = "dataset import";

/** The reason an import's revisions give: the dataset's short hash, to tell imports apart in the history. */
export const importReason = (datasetHash: string) => `dataset import ${datasetHash.slice(0, 12)}`;

/**
 * Makes `version` the event's published version (null: retracts it), dropping any draft, with the revisions that
 * say so after `latest`: a new event is created then published, a changed one published, a gone one retracted.
 * Returns the event's latest revision afterwards.
 */
export async function putVersion(trx: Db, eventId: string, version: Event | null, latest: number, stamp: RevisionStamp): Promise<number> {
  const published = (await getPublishedEvent(trx, eventId)) ?? null;
  const current = published ?? (await getDraft(trx, eventId)) ?? null;
  await replaceEvent(trx, eventId, version);
  const changes = changesTo(version, published, current);
  for (const [i, change] of changes.entries()) await insertRevision(trx, eventId, latest + i + 1, stamp, change);
  return latest + changes.length;
}

function changesTo(version: Event | null, published: Event | null, current: Event | null): RevisionChange[] {
  if (!version) return current ? [{ action: "retract", before: current, after: null }] : [];
  if (!current)
    return [
      { action: "create", before: null, after: version },
      { action: "publish", before: null, after: version },
    ];
  return [{ action: "publish", before: published, after: version }];
}

/**
 * Jurisdictions (names, population) are not curated: they follow the dataset. Changed and new rows are written;
 * a row the dataset no longer has is deleted once no event refers to it (run after the events are in place).
 */
export async function updateJurisdictions(trx: Db, jurisdictions: Dataset["jurisdictions"]): Promise<void> {
  const stored = new Map((await trx.selectFrom("jurisdictions").selectAll().execute()).map((j) => [j.id, j]));
  for (const j of jurisdictions) {
    const { id: _id, ...columns } = j;
    const before = stored.get(j.id);
    if (before && Object.entries(columns).every(([key, value]) => before[key as keyof typeof before] === value)) continue;
    await trx
      .insertInto("jurisdictions")
      .values({ ...j })
      .onConflict((oc) => oc.column("id").doUpdateSet(columns))
      .execute();
  }
}

export async function deleteUnusedJurisdictions(trx: Db, keep: Dataset["jurisdictions"]): Promise<void> {
  const ids = keep.map((j) => j.id);
  const used = trx.selectFrom("event_jurisdictions").select("jurisdictionId");
  let query = trx.deleteFrom("jurisdictions").where("id", "not in", used);
  if (ids.length > 0) query = query.where("id", "not in", ids);
  await query.execute();
}
