import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { sql } from "kysely";
import { createDb, isPostgres, isPostgresUrl, type Db, type DbConfig } from "./client.js";
import { migrateToLatest } from "./migrate.js";
import { hasCuratorRevisions } from "./queries/revisions.js";
import { seed, storedDatasetHash } from "./seed.js";

export const DATABASE_FILE = "scomm.sqlite";

export interface OpenOptions {
  /** The dataset to seed from; `@scomm/data`'s `loadDataset` by default. Only called when a seed may be needed. */
  dataset?: () => Dataset;
  /**
   * "if-empty" (default): seed only a database that has never been seeded; a later start reuses it as is.
   * "if-changed": also reseed when the dataset's content hash differs from the stored one.
   */
  reseed?: "if-empty" | "if-changed";
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
 * Once a curator changed an event, the database holds the record: a changed dataset is not seeded over it
 * (that would drop the curators' published edits). Importing a changed dataset as revisions is still to come.
 */
async function migrateAndSeed(db: Db, { dataset = loadDataset, reseed = "if-empty" }: OpenOptions): Promise<void> {
  await migrateToLatest(db);
  if ((await storedDatasetHash(db)) === null) await seed(db, dataset());
  else if (reseed === "if-changed" && !(await hasCuratorRevisions(db))) await seed(db, dataset());
}
