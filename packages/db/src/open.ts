import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { createDb, type Db } from "./client.js";
import { migrateToLatest } from "./migrate.js";
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

/** Open (creating if needed) `<dataDir>/scomm.sqlite`, migrate it to the latest schema and seed it. */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const db = createDb({ kind: "sqlite", file: join(dataDir, DATABASE_FILE) });
  try {
    return await prepareDatabase(db, options);
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** Migrate and seed an already created database (an in-memory one in tests, say). */
export async function prepareDatabase(db: Db, { dataset = loadDataset, reseed = "if-empty" }: OpenOptions = {}): Promise<Db> {
  await migrateToLatest(db);
  if (reseed === "if-changed" || (await storedDatasetHash(db)) === null) await seed(db, dataset());
  return db;
}
