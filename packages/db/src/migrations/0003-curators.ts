import { sql, type Kysely } from "kysely";
import { isPostgres } from "../client.js";

/**
 * Curators: accounts (editor or admin) with argon2id password hashes, server-side sessions and personal API
 * tokens (both stored as SHA-256 of the secret, never the secret), failed sign-ins per email for throttling,
 * drafts beside the published events, and the reason and kind of each revision. Instants are ISO 8601 TEXT.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = isPostgres(db) ? sql`text collate "C"` : "text";
  await db.schema
    .createTable("accounts")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("email", text, (c) => c.notNull().unique())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("role", text, (c) => c.notNull())
    .addColumn("password_hash", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("disabled_at", text)
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("expires_at", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_account").on("sessions").column("account_id").execute();
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("token_hash", text, (c) => c.notNull().unique())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("revoked_at", text)
    .execute();
  await db.schema.createIndex("api_tokens_account").on("api_tokens").column("account_id").execute();
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("email", text, (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("locked_until", text)
    .execute();
  await db.schema
    .createTable("event_drafts")
    .addColumn("event_id", text, (c) => c.primaryKey())
    .addColumn("event_json", text, (c) => c.notNull())
    .addColumn("updated_by", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .execute();
  await db.schema.alterTable("event_revisions").addColumn("action", text).execute();
  await db.schema.alterTable("event_revisions").addColumn("reason", text).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("event_revisions").dropColumn("reason").execute();
  await db.schema.alterTable("event_revisions").dropColumn("action").execute();
  for (const table of ["event_drafts", "sign_in_failures", "api_tokens", "sessions", "accounts"]) {
    await db.schema.dropTable(table).execute();
  }
}
