import { sql, type Kysely } from "kysely";
import { isPostgres } from "../client.js";

/**
 * Readers' corrections: what is wrong with a jurisdiction's record (or one of its events), the source that
 * shows it, an optional contact, and how a curator settled it (accepted into a draft, or rejected with a
 * reason). The reader's private link is kept as the SHA-256 of its secret, never the secret. Instants are
 * ISO 8601 TEXT, as in 0003.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = isPostgres(db) ? sql`text collate "C"` : "text";
  await db.schema
    .createTable("corrections")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("jurisdiction_id", text, (c) => c.notNull())
    .addColumn("event_id", text)
    .addColumn("what_is_wrong", text, (c) => c.notNull())
    .addColumn("source_url", text, (c) => c.notNull())
    .addColumn("contact", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("curator_reason", text)
    .addColumn("draft_event_id", text)
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("settled_at", text)
    .addColumn("settled_by", text)
    .addColumn("reader_token_hash", text, (c) => c.notNull().unique())
    .execute();
  await db.schema.createIndex("corrections_status").on("corrections").columns(["status", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("corrections").execute();
}
