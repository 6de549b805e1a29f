import { sql, type Kysely } from "kysely";
import { isPostgres } from "../client.js";

/** Each event's actor and summary in Spanish, beside the English ones; null where none was written. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = isPostgres(db) ? sql`text collate "C"` : "text";
  await db.schema.alterTable("events").addColumn("actor_es", text).execute();
  await db.schema.alterTable("events").addColumn("summary_es", text).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("events").dropColumn("summary_es").execute();
  await db.schema.alterTable("events").dropColumn("actor_es").execute();
}
