import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "./client.js";
import { migrateToLatest, migrator } from "./migrate.js";
import { describeEachDialect, emptyDb } from "./testing/dialects.js";

describeEachDialect("migrateToLatest", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await emptyDb(dialect);
  });
  afterEach(() => db.destroy());

  const tableNames = async () =>
    (await db.introspection.getTables()).map((t) => t.name).filter((name) => !name.startsWith("kysely_")).sort();

  it("creates the schema, is a no-op the second time, and migrates down to nothing", async () => {
    const first = await migrateToLatest(db);
    expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual([["0001-initial", "Success"]]);
    expect(await tableNames()).toEqual(["dataset_meta", "event_jurisdictions", "event_revisions", "events", "jurisdictions", "sources"]);
    expect((await migrateToLatest(db)).results).toEqual([]);
    const down = await migrator(db).migrateDown();
    expect(down.error).toBeUndefined();
    expect(await tableNames()).toEqual([]);
  });
});
