import { createHash } from "node:crypto";
import type { Dataset } from "@scomm/core";
import type { Db } from "./client.js";
import { insertChunked, insertEvents } from "./queries/event-rows.js";

/** Bump when the way a dataset is written to the tables changes: the next start then reseeds. */
export const SEED_FORMAT = "2";

/** Keys of `dataset_meta`. */
export const META_KEYS = { hash: "seed_hash", format: "seed_format" } as const;

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
 * Store `dataset`, replacing the seeded tables, in one transaction. Same content hash as stored:
 * nothing is written. Curator revisions (`event_revisions`) are never touched.
 */
export async function seed(db: Db, dataset: Dataset): Promise<SeedResult> {
  const hash = datasetHash(dataset);
  if ((await storedDatasetHash(db)) === hash) return { written: false, hash };
  await db.transaction().execute(async (trx) => {
    for (const table of ["sources", "event_jurisdictions", "events", "jurisdictions", "dataset_meta"] as const) {
      await trx.deleteFrom(table).execute();
    }
    await insertChunked(trx, "jurisdictions", dataset.jurisdictions.map((j) => ({ ...j })));
    await insertEvents(trx, dataset.events);
    await trx
      .insertInto("dataset_meta")
      .values([
        { key: META_KEYS.hash, value: hash },
        { key: META_KEYS.format, value: SEED_FORMAT },
      ])
      .execute();
  });
  return { written: true, hash };
}
