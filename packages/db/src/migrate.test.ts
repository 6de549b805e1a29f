import { NO_MIGRATIONS } from "kysely";
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
    (await db.introspection.getTables())
      .map((t) => t.name)
      .filter((name) => !name.startsWith("kysely_"))
      .sort();

  it("creates the schema, is a no-op the second time, and migrates down to nothing", async () => {
    const first = await migrateToLatest(db);
    expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ["0001-initial", "Success"],
      ["0002-event-spanish-text", "Success"],
      ["0003-curators", "Success"],
      ["0004-dataset-imports", "Success"],
      ["0005-corrections", "Success"],
    ]);
    expect(await tableNames()).toEqual([
      "accounts",
      "api_tokens",
      "corrections",
      "dataset_meta",
      "event_drafts",
      "event_jurisdictions",
      "event_revisions",
      "events",
      "import_conflicts",
      "imported_events",
      "jurisdictions",
      "sessions",
      "sign_in_failures",
      "sources",
    ]);
    expect((await migrateToLatest(db)).results).toEqual([]);
    const down = await migrator(db).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => r.migrationName)).toEqual([
      "0005-corrections",
      "0004-dataset-imports",
      "0003-curators",
      "0002-event-spanish-text",
      "0001-initial",
    ]);
    expect(await tableNames()).toEqual([]);
  });
});
