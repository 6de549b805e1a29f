import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "./client.js";
import { DATABASE_FILE, openDatabase } from "./open.js";
import { getPublishedEvent, publishDraft, saveDraft } from "./queries/event-edits.js";
import type { ImportResult } from "./queries/dataset-import.js";
import { datasetHash, SEED_FORMAT } from "./seed.js";
import { describeEachDialect, describePostgres, freshPostgresUrl, type Dialect } from "./testing/dialects.js";
import { tinyDataset } from "./testing/tiny-dataset.js";

const root = mkdtempSync(join(tmpdir(), "scomm-db-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Where openDatabase finds a new, empty database: a folder for SQLite, a URL for PostgreSQL. */
const freshLocation = (dialect: Dialect, name: string) =>
  dialect === "sqlite" ? Promise.resolve(join(root, dialect, name)) : freshPostgresUrl();

const mustNotLoad = (): Dataset => {
  throw new Error("a seeded database must not load the dataset again");
};

async function snapshotOf(db: Db) {
  const count = (table: "jurisdictions" | "events" | "event_jurisdictions" | "sources") =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return {
    jurisdictions: await count("jurisdictions"),
    events: await count("events"),
    links: await count("event_jurisdictions"),
    sources: await count("sources"),
    meta: await db.selectFrom("dataset_meta").selectAll().orderBy("key").execute(),
  };
}

describeEachDialect("openDatabase", (dialect) => {
  it("migrates and seeds the real dataset; a second start changes nothing", async () => {
    const where = await freshLocation(dialect, "real");
    const first = await openDatabase(where);
    const before = await snapshotOf(first);
    await first.destroy();
    expect(before.jurisdictions).toBe(3194);
    expect(before.events).toBeGreaterThan(3142);

    const second = await openDatabase(where, { dataset: mustNotLoad });
    expect(await snapshotOf(second)).toEqual(before);
    await second.destroy();
  });

  it("reseeds a changed dataset only when asked to", async () => {
    const where = await freshLocation(dialect, "reseed");
    await (await openDatabase(where, { dataset: () => tinyDataset })).destroy();
    const changed: Dataset = { ...tinyDataset, events: tinyDataset.events.slice(0, 1) };
    const kept = await openDatabase(where, { dataset: () => changed });
    expect((await snapshotOf(kept)).meta).toContainEqual({ key: "seed_hash", value: datasetHash(tinyDataset) });
    await kept.destroy();
    const reseeded = await openDatabase(where, { dataset: () => changed, reseed: "if-changed" });
    expect((await snapshotOf(reseeded)).meta).toContainEqual({ key: "seed_hash", value: datasetHash(changed) });
    await reseeded.destroy();
  });

  it("imports a changed dataset as revisions, leaving the event a curator changed as the curator left it", async () => {
    const where = await freshLocation(dialect, "curated");
    const first = await openDatabase(where, { dataset: () => tinyDataset });
    const corrected = { ...tinyDataset.events[1]!, summary: "corrected by a curator" };
    const stamp = { editor: "ana@example.org", at: "2026-12-02T04:00:00.000Z", reason: "typo" };
    await saveDraft(first, corrected, { ...stamp, baseRevision: 0 });
    await publishDraft(first, corrected.id, { ...stamp, baseRevision: 1 });
    await first.destroy();
    // The dataset drops every event but the first: the curated one (events[1]) conflicts, the other four go.
    const changed: Dataset = { ...tinyDataset, events: tinyDataset.events.slice(0, 1) };
    const imports: ImportResult[] = [];
    const reopened = await openDatabase(where, { dataset: () => changed, reseed: "if-changed", onImport: (r) => imports.push(r) });
    expect((await getPublishedEvent(reopened, corrected.id))?.summary).toBe("corrected by a curator");
    expect((await snapshotOf(reopened)).events).toBe(2);
    expect(imports.map((r) => [r.retracted, r.conflicts])).toEqual([
      [["act-36047", "act-48113", "ny-suspends", "nyc-limits"], ["act-48201"]],
    ]);
    await reopened.destroy();
  });
});

describe("openDatabase on SQLite", () => {
  const fileState = (dir: string) => {
    const file = join(dir, DATABASE_FILE);
    return { mtimeMs: statSync(file).mtimeMs, sha: createHash("sha256").update(readFileSync(file)).digest("hex") };
  };

  it("creates the folder, and a second start with the same dataset leaves the file untouched", async () => {
    const dir = join(root, "nested", "data");
    await (await openDatabase(dir, { dataset: () => tinyDataset })).destroy();
    const before = fileState(dir);
    await (await openDatabase(dir, { dataset: () => tinyDataset, reseed: "if-changed" })).destroy();
    expect(fileState(dir)).toEqual(before);
  });
});

describePostgres("openDatabase on PostgreSQL", () => {
  /** The transaction that last wrote each stored row: unchanged when nothing was written. */
  const writers = async (db: Db) =>
    (await sql<{ xmin: string }>`select xmin::text from jurisdictions union all select xmin::text from dataset_meta`.execute(db)).rows;

  it("a second start with the same dataset writes no row", async () => {
    const url = await freshPostgresUrl();
    const first = await openDatabase(url, { dataset: () => tinyDataset });
    const before = await writers(first);
    await first.destroy();
    const second = await openDatabase(url, { dataset: () => tinyDataset, reseed: "if-changed" });
    expect(await writers(second)).toEqual(before);
    await second.destroy();
  });

  it("two API instances starting at once on one database both open it and leave one copy of the data", async () => {
    const url = await freshPostgresUrl();
    const dataset = loadDataset();
    const both = await Promise.all([openDatabase(url, { dataset: () => dataset }), openDatabase(url, { dataset: () => dataset })]);
    const [one, other] = await Promise.all(both.map(snapshotOf));
    expect(one).toEqual(other);
    expect(one).toMatchObject({ jurisdictions: dataset.jurisdictions.length, events: dataset.events.length });
    expect(one?.meta).toEqual([
      { key: "import_baseline", value: "1" },
      { key: "seed_format", value: SEED_FORMAT },
      { key: "seed_hash", value: datasetHash(dataset) },
    ]);
    await Promise.all(both.map((db) => db.destroy()));
  });
});
