import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { sql } from "kysely";
import { createDb, isPostgres, isPostgresUrl, type Db, type DbConfig } from "./client.js";
import { migrateToLatest } from "./migrate.js";
import { importDataset, type ImportResult } from "./queries/dataset-import.js";
import { IMPORT_EDITOR } from "./queries/import-writes.js";
import { announceRecordChange } from "./record-changes/index.js";
import { adoptImportBaseline } from "./queries/import-baseline.js";
import { META_KEYS, seed } from "./seed.js";

export const DATABASE_FILE = "scomm.sqlite";

export interface OpenOptions {
  /** The dataset to seed from; `@scomm/data`'s `loadDataset` by default. Only called when a seed may be needed. */
  dataset?: () => Dataset;
  /**
   * "if-empty" (default): seed only a database that has never been seeded; a later start reuses it as is.
   * "if-changed": also import the dataset when its content hash differs from the stored one: as revisions by
   * "dataset import", never over an event a curator changed (queries/dataset-import.ts).
   */
  reseed?: "if-empty" | "if-changed";
  /** Told what an import did (only when the dataset had changed). */
  onImport?: (result: ImportResult) => void;
  /** The instant stamped on an import's revisions; now by default. */
  now?: () => string;
}

/**
 * Open the database, migrate it to the latest schema and seed it. `where` is a PostgreSQL URL
 * (`postgres://…`, `postgresql://…`) or else a directory, created if needed, holding `scomm.sqlite`.
 */
export async function openDatabase(where: string, options: OpenOptions = {}): Promise<Db> {
  const db = createDb(configFor(where));
  try {
    return await prepareDatabase(db, options);
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function configFor(where: string): DbConfig {
  if (isPostgresUrl(where)) return { kind: "postgres", url: where };
  mkdirSync(where, { recursive: true });
  return { kind: "sqlite", file: join(where, DATABASE_FILE) };
}

/**
 * Migrate and seed an already created database (an in-memory one in tests, say). On PostgreSQL,
 * several API instances may start at once against one database: each waits for a transaction-scoped
 * advisory lock, so one migrates and seeds while the others then find the work done.
 */
export async function prepareDatabase(db: Db, options: OpenOptions = {}): Promise<Db> {
  if (!isPostgres(db)) {
    await migrateAndSeed(db, options);
    return db;
  }
  // The lock lives on this transaction's connection until it ends; the migrator and the seed run
  // their own transactions on other connections of the pool meanwhile.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('scomm-atlas: migrate and seed'))`.execute(trx);
    await migrateAndSeed(db, options);
  });
  return db;
}

/**
 * The first start seeds the empty record in bulk, with an import baseline. After that the database holds the
 * record and a changed dataset is imported as revisions ("if-changed"); an unchanged one costs its hash only.
 */
async function migrateAndSeed(db: Db, options: OpenOptions): Promise<void> {
  const { dataset = loadDataset, reseed = "if-empty", onImport, now = () => new Date().toISOString() } = options;
  await migrateToLatest(db);
  const meta = new Set((await db.selectFrom("dataset_meta").select("key").execute()).map((row) => row.key));
  if (!meta.has(META_KEYS.hash)) {
    await seed(db, dataset());
    return;
  }
  if (!meta.has(META_KEYS.baseline)) await adoptImportBaseline(db);
  if (reseed !== "if-changed") return;
  const result = await importDataset(db, dataset(), now());
  if (!result.written) return;
  // Other instances on the same PostgreSQL rebuild too (a no-op on SQLite, whose instances poll).
  await announceRecordChange(db, IMPORT_EDITOR);
  onImport?.(result);
}
