import type { Dataset, Event } from "@scomm/core";
import type { Db } from "../client.js";
import { planImport, type ImportStep, type RecordState } from "../import-plan.js";
import { datasetHash, storedDatasetHash, writeDatasetHash } from "../seed.js";
import { listEvents } from "./events.js";
import { recordConflict, supersedeConflicts } from "./import-conflicts.js";
import { setBaseline } from "./import-baseline.js";
import { deleteUnusedJurisdictions, IMPORT_EDITOR, importReason, putVersion, updateJurisdictions } from "./import-writes.js";
import { latestRevisions, type RevisionStamp } from "./revisions.js";

/** What an import did, by event id. */
export interface ImportResult {
  /** False when the stored dataset already had this hash: nothing was read or written. */
  written: boolean;
  hash: string;
  created: string[];
  revised: string[];
  retracted: string[];
  /** Events a curator had changed: left as they are, each with an open conflict. */
  conflicts: string[];
}

/**
 * Applies a dataset whose hash changed to the record, as revisions signed "dataset import", in one transaction
 * with the stored hash: new events created and published, changed ones published, removed ones retracted;
 * an event a curator changed since the last import is left alone and gets a conflict (see import-plan.ts).
 * Jurisdictions follow the dataset. `at` is the instant stamped on the revisions.
 */
export async function importDataset(db: Db, dataset: Dataset, at: string): Promise<ImportResult> {
  const hash = datasetHash(dataset);
  const result: ImportResult = { written: false, hash, created: [], revised: [], retracted: [], conflicts: [] };
  if ((await storedDatasetHash(db)) === hash) return result;
  await db.transaction().execute(async (trx) => {
    const state = await readRecordState(trx);
    const stamp = { editor: IMPORT_EDITOR, at, reason: importReason(hash) };
    await updateJurisdictions(trx, dataset.jurisdictions);
    for (const step of planImport(dataset.events, state)) await applyStep(trx, step, state, { stamp, hash, result });
    await deleteUnusedJurisdictions(trx, dataset.jurisdictions);
    await writeDatasetHash(trx, hash);
  });
  return { ...result, written: true };
}

interface StepContext {
  stamp: RevisionStamp;
  hash: string;
  result: ImportResult;
}

async function applyStep(trx: Db, step: ImportStep, state: RecordState, { stamp, hash, result }: StepContext): Promise<void> {
  const latest = state.latest.get(step.eventId) ?? 0;
  if (step.kind === "adopt") {
    // The dataset now says what the record says (a curator's edit exported, say): an older conflict is moot.
    await supersedeConflicts(trx, step.eventId, stamp.at, "the dataset now agrees with the record");
    return setBaseline(trx, step.eventId, step.contentHash, latest);
  }
  if (step.kind === "conflict") {
    const { eventId, imported, current } = step;
    await recordConflict(trx, { eventId, datasetHash: hash, imported, curator: current, curatorRevision: latest, recordedAt: stamp.at });
    result.conflicts.push(eventId);
    return setBaseline(trx, eventId, step.contentHash, state.baseline.get(eventId)?.revision ?? 0);
  }
  const revision = await putVersion(trx, step.eventId, step.version, latest, stamp);
  await setBaseline(trx, step.eventId, step.contentHash, revision);
  const list = !step.version ? result.retracted : state.published.has(step.eventId) ? result.revised : result.created;
  list.push(step.eventId);
}

async function readRecordState(trx: Db): Promise<RecordState> {
  const [published, drafts, latest, baseline] = await Promise.all([
    listEvents(trx),
    trx.selectFrom("event_drafts").select(["eventId", "eventJson"]).execute(),
    latestRevisions(trx),
    trx.selectFrom("imported_events").selectAll().execute(),
  ]);
  return {
    published: new Map(published.map((e) => [e.id, e])),
    drafts: new Map(drafts.map((d) => [d.eventId, JSON.parse(d.eventJson) as Event])),
    latest,
    baseline: new Map(baseline.map(({ eventId, contentHash, revision }) => [eventId, { contentHash, revision: Number(revision) }])),
  };
}
