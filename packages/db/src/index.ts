export { createDb, isPostgres, isPostgresUrl, type Db, type DbConfig } from "./client.js";
export { migrateToLatest, migrator } from "./migrate.js";
export { DATABASE_FILE, openDatabase, prepareDatabase, type OpenOptions } from "./open.js";
export { datasetHash, META_KEYS, seed, SEED_FORMAT, storedDatasetHash, type SeedResult } from "./seed.js";
export type { Database, Role, RevisionAction, SettledHow } from "./schema.js";
export { getJurisdiction, listJurisdictions, type JurisdictionFilter } from "./queries/jurisdictions.js";
export { listEvents, type EventFilter } from "./queries/events.js";
export { loadDatasetFromDb } from "./queries/dataset.js";
export { pingDatabase } from "./queries/health.js";
export {
  getAccount,
  getAccountForSignIn,
  insertAccount,
  listAccounts,
  ROLES,
  setAccountDisabled,
  type Account,
  type Curator,
} from "./queries/accounts.js";
export {
  deleteSession,
  getSessionCurator,
  getTokenCurator,
  insertApiToken,
  insertSession,
  listApiTokens,
  revokeApiToken,
  type ApiTokenInfo,
} from "./queries/credentials.js";
export { clearSignInFailures, recordSignInFailure, signInLockedUntil } from "./queries/sign-in-failures.js";
export {
  createDraft,
  currentRevision,
  getDraft,
  getPublishedEvent,
  publishDraft,
  retractEvent,
  saveDraft,
  type EditOutcome,
  type EditStamp,
} from "./queries/event-edits.js";
export { listDrafts, listRecentRevisions, listRevisions, type Draft, type Revision } from "./queries/revisions.js";
export { importDataset, type ImportResult } from "./queries/dataset-import.js";
export { IMPORT_EDITOR } from "./queries/import-writes.js";
export { listOpenConflicts, settleConflict, type ImportConflict, type Settlement, type SettleOutcome } from "./queries/import-conflicts.js";
export { exportRecord, type ExportedRecord } from "./export-record.js";
export {
  announceRecordChange,
  RECORD_CHANNEL,
  watchRecordChanges,
  type RecordWatch,
  type RecordWatchOptions,
} from "./record-changes/index.js";
