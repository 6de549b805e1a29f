import type { Dataset, Jurisdiction } from "@scomm/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "./client.js";
import { migrateToLatest } from "./migrate.js";
import { datasetHash, seed, storedDatasetHash } from "./seed.js";
import { describeEachDialect, emptyDb } from "./testing/dialects.js";
import { tinyDataset } from "./testing/tiny-dataset.js";

async function counts(db: Db) {
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
  };
}

describeEachDialect("seed", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await emptyDb(dialect);
    await migrateToLatest(db);
  });
  afterEach(() => db.destroy());

  it("writes every table and stores the content hash", async () => {
    expect(await seed(db, tinyDataset)).toEqual({ written: true, hash: datasetHash(tinyDataset) });
    expect(await counts(db)).toEqual({ jurisdictions: 7, events: 6, links: 7, sources: 7 });
    expect(await storedDatasetHash(db)).toBe(datasetHash(tinyDataset));
  });

  it("writes nothing when the same dataset is seeded again", async () => {
    await seed(db, tinyDataset);
    const before = await counts(db);
    expect((await seed(db, structuredClone(tinyDataset))).written).toBe(false);
    expect(await counts(db)).toEqual(before);
  });

  it("replaces the stored dataset when its content changes", async () => {
    await seed(db, tinyDataset);
    const smaller: Dataset = { ...tinyDataset, events: tinyDataset.events.slice(0, 2) };
    expect((await seed(db, smaller)).written).toBe(true);
    expect(await counts(db)).toMatchObject({ jurisdictions: 7, events: 2 });
    expect(await storedDatasetHash(db)).toBe(datasetHash(smaller));
  });

  it("keeps the previous dataset when a seed fails half way (one transaction)", async () => {
    await seed(db, tinyDataset);
    const broken: Dataset = {
      ...tinyDataset,
      events: [...tinyDataset.events, { ...tinyDataset.events[1]!, id: "ghost", jurisdictionIds: ["99999"] }],
    };
    await expect(seed(db, broken)).rejects.toThrow(/foreign key/i);
    expect(await counts(db)).toEqual({ jurisdictions: 7, events: 6, links: 7, sources: 7 });
    expect(await storedDatasetHash(db)).toBe(datasetHash(tinyDataset));
  });

  it("writes more rows than one statement may bind (65,535 parameters on PostgreSQL)", async () => {
    const county = (n: number): Jurisdiction => ({
      ...tinyDataset.jurisdictions[3]!,
      id: `9${String(n).padStart(6, "0")}`,
    });
    // 7 columns a jurisdiction: 10,000 of them are 70,000 parameters.
    const many: Dataset = { jurisdictions: Array.from({ length: 10_000 }, (_, n) => county(n)), events: [] };
    await seed(db, many);
    expect(await counts(db)).toEqual({ jurisdictions: 10_000, events: 0, links: 0, sources: 0 });
  });
});
