export { createDb, isPostgres, isPostgresUrl, type Db, type DbConfig } from "./client.js";
export { migrateToLatest, migrator } from "./migrate.js";
export { DATABASE_FILE, openDatabase, prepareDatabase, type OpenOptions } from "./open.js";
export { datasetHash, META_KEYS, seed, SEED_FORMAT, storedDatasetHash, type SeedResult } from "./seed.js";
export type { Database } from "./schema.js";
export { getJurisdiction, listJurisdictions, type JurisdictionFilter } from "./queries/jurisdictions.js";
export { listEvents, type EventFilter } from "./queries/events.js";
export { loadDatasetFromDb } from "./queries/dataset.js";
export { pingDatabase } from "./queries/health.js";
