import { createHash } from "node:crypto";
import type { Dataset } from "@scomm/core";
import type { Db } from "./client.js";
import { insertChunked, insertEvents } from "./queries/event-rows.js";
import { seededBaseline } from "./queries/import-baseline.js";

/** Bump when the way a dataset is written to the tables changes: the next start then reseeds. */
export const SEED_FORMAT = "2";

/**
 * Keys of `dataset_meta`: the hash of the dataset last seeded or imported, the seed format, and whether the
 * events have their import baseline (`imported_events`, migration 0004).
 */
export const META_KEYS = { hash: "seed_hash", format: "seed_format", baseline: "import_baseline" } as const;

export interface SeedResult {
  /** False when the stored dataset already had this hash: nothing was written. */
  written: boolean;
  hash: string;
}

/** Content hash of a dataset (and the seed format), stored to make seeding idempotent. */
export function datasetHash(dataset: Dataset): string {
  return createHash("sha256").update(SEED_FORMAT).update(JSON.stringify(dataset)).digest("hex");
}

/** The hash of the dataset stored in the database, or null for an empty database. */
export async function storedDatasetHash(db: Db): Promise<string | null> {
  const row = await db.selectFrom("dataset_meta").select("value").where("key", "=", META_KEYS.hash).executeTakeFirst();
  return row?.value ?? null;
}

/**
 * Store `dataset` in an empty record (the first start), replacing the seeded tables, in one transaction, with each
 * event's import baseline so that a later import can tell what a curator changed. Same content hash as stored:
 * nothing is written. Once the record exists, a changed dataset is imported (dataset-import.ts), not seeded.
 */
export async function seed(db: Db, dataset: Dataset): Promise<SeedResult> {
  const hash = datasetHash(dataset);
  if ((await storedDatasetHash(db)) === hash) return { written: false, hash };
  await db.transaction().execute(async (trx) => {
    for (const table of ["sources", "event_jurisdictions", "events", "jurisdictions", "imported_events", "dataset_meta"] as const) {
      await trx.deleteFrom(table).execute();
    }
    await insertChunked(
      trx,
      "jurisdictions",
      dataset.jurisdictions.map((j) => ({ ...j })),
    );
    await insertEvents(trx, dataset.events);
    await insertChunked(trx, "imported_events", seededBaseline(dataset.events));
    await writeDatasetHash(trx, hash);
  });
  return { written: true, hash };
}

/** Stores the hash of the dataset now in the record (seeded or imported), its seed format, and that it has a baseline. */
export async function writeDatasetHash(trx: Db, hash: string): Promise<void> {
  const rows = [
    { key: META_KEYS.hash, value: hash },
    { key: META_KEYS.format, value: SEED_FORMAT },
    { key: META_KEYS.baseline, value: "1" },
  ];
  for (const row of rows) {
    await trx
      .insertInto("dataset_meta")
      .values(row)
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: row.value }))
      .execute();
  }
}
