import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@scomm/core";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "./client.js";
import { DATABASE_FILE, openDatabase } from "./open.js";
import { datasetHash } from "./seed.js";
import { tinyDataset } from "./testing/tiny-dataset.js";

const root = mkdtempSync(join(tmpdir(), "scomm-db-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function snapshotOf(db: Db) {
  const count = (table: "jurisdictions" | "events" | "sources") =>
    db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return {
    jurisdictions: await count("jurisdictions"),
    events: await count("events"),
    sources: await count("sources"),
    meta: await db.selectFrom("dataset_meta").selectAll().orderBy("key").execute(),
  };
}

function fileState(dir: string) {
  const file = join(dir, DATABASE_FILE);
  return { mtimeMs: statSync(file).mtimeMs, sha: createHash("sha256").update(readFileSync(file)).digest("hex") };
}

describe("openDatabase", () => {
  it("creates the directory, migrates and seeds the real dataset; a second start changes nothing", async () => {
    const dir = join(root, "nested", "data");
    const dataset = (): Dataset => {
      throw new Error("a seeded database must not load the dataset again");
    };
    const first = await openDatabase(dir);
    const before = await snapshotOf(first);
    await first.destroy();
    const fileBefore = fileState(dir);
    expect(Number(before.jurisdictions.n)).toBe(3194);
    expect(Number(before.events.n)).toBeGreaterThan(3142);

    const second = await openDatabase(dir, { dataset });
    expect(await snapshotOf(second)).toEqual(before);
    await second.destroy();
    expect(fileState(dir)).toEqual(fileBefore);
  });

  it("reseeds a changed dataset only when asked to", async () => {
    const dir = join(root, "reseed");
    await (await openDatabase(dir, { dataset: () => tinyDataset })).destroy();
    const changed: Dataset = { ...tinyDataset, events: tinyDataset.events.slice(0, 1) };
    const kept = await openDatabase(dir, { dataset: () => changed });
    expect((await snapshotOf(kept)).meta).toContainEqual({ key: "seed_hash", value: datasetHash(tinyDataset) });
    await kept.destroy();
    const reseeded = await openDatabase(dir, { dataset: () => changed, reseed: "if-changed" });
    expect((await snapshotOf(reseeded)).meta).toContainEqual({ key: "seed_hash", value: datasetHash(changed) });
    await reseeded.destroy();
  });
});
