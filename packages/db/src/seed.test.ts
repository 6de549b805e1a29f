import type { Dataset } from "@scomm/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client.js";
import { migrateToLatest } from "./migrate.js";
import { datasetHash, seed, storedDatasetHash } from "./seed.js";
import { tinyDataset } from "./testing/tiny-dataset.js";

let db: Db;
beforeEach(async () => {
  db = createDb({ kind: "sqlite", file: ":memory:" });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

async function counts(db: Db) {
  const count = (table: "jurisdictions" | "events" | "event_jurisdictions" | "sources") =>
    db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow().then((r) => Number(r.n));
  return {
    jurisdictions: await count("jurisdictions"),
    events: await count("events"),
    links: await count("event_jurisdictions"),
    sources: await count("sources"),
  };
}

describe("seed", () => {
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
    await expect(seed(db, broken)).rejects.toThrow(/FOREIGN KEY/);
    expect(await counts(db)).toEqual({ jurisdictions: 7, events: 6, links: 7, sources: 7 });
    expect(await storedDatasetHash(db)).toBe(datasetHash(tinyDataset));
  });
});
