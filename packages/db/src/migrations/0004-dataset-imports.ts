import { sql, type Kysely } from "kysely";
import { isPostgres } from "../client.js";

/**
 * Imports of the repository dataset as revisions. `imported_events` is each event's baseline: the content of
 * the dataset's version last imported (a hash; null when the dataset last had no such event) and the event's
 * revision once that import was applied, so that a later revision is a curator's. `import_conflicts` keeps what
 * an import could not apply because a curator had changed the event: both versions, until a curator settles it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = isPostgres(db) ? sql`text collate "C"` : "text";
  await db.schema
    .createTable("imported_events")
    .addColumn("event_id", text, (c) => c.primaryKey())
    .addColumn("content_hash", text)
    .addColumn("revision", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("import_conflicts")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("event_id", text, (c) => c.notNull())
    .addColumn("dataset_hash", text, (c) => c.notNull())
    .addColumn("imported_json", text)
    .addColumn("curator_json", text)
    .addColumn("curator_revision", "integer", (c) => c.notNull())
    .addColumn("recorded_at", text, (c) => c.notNull())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("settled_by", text)
    .addColumn("settled_at", text)
    .addColumn("settled_how", text)
    .addColumn("settle_reason", text)
    .execute();
  await db.schema.createIndex("import_conflicts_status").on("import_conflicts").columns(["status", "event_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("import_conflicts").execute();
  await db.schema.dropTable("imported_events").execute();
}
