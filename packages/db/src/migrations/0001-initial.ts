import { sql, type Kysely } from "kysely";
import { isPostgres } from "../client.js";

/**
 * The first schema. Portable types only (text, integer) so that the same migration runs on SQLite and
 * PostgreSQL; dates are TEXT `YYYY-MM-DD`, revision snapshots are JSON text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = textType(db);
  await createJurisdictions(db, text);
  await createEvents(db, text);
  await createRevisions(db, text);
}

/**
 * Text compares byte by byte on both. SQLite's default (BINARY) does; PostgreSQL's follows the locale the
 * server was created with (glibc's en_US skips hyphens: "act-2" after "act10"), so its text columns say
 * `collate "C"`. `order by` then gives the same order on both, and indexes still serve it.
 */
function textType(db: Kysely<unknown>) {
  return isPostgres(db) ? sql`text collate "C"` : "text";
}

type TextType = ReturnType<typeof textType>;

async function createJurisdictions(db: Kysely<unknown>, text: TextType): Promise<void> {
  await db.schema
    .createTable("jurisdictions")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("level", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("state_code", text)
    .addColumn("state_fips", text)
    .addColumn("state_name", text)
    .addColumn("population2010", "integer")
    .execute();
  await db.schema.createIndex("jurisdictions_level_state").on("jurisdictions").columns(["level", "state_fips"]).execute();
}

/** Events, the jurisdictions each applies to (in order) and their sources. */
async function createEvents(db: Kysely<unknown>, text: TextType): Promise<void> {
  await db.schema
    .createTable("events")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("place_name", text, (c) => c.notNull())
    .addColumn("place_level", text, (c) => c.notNull())
    .addColumn("date", text, (c) => c.notNull())
    .addColumn("date_precision", text, (c) => c.notNull())
    .addColumn("type", text, (c) => c.notNull())
    .addColumn("actor", text, (c) => c.notNull())
    .addColumn("summary", text, (c) => c.notNull())
    .addColumn("confidence", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_date").on("events").columns(["date", "id"]).execute();
  await db.schema.createIndex("events_type").on("events").column("type").execute();

  await db.schema
    .createTable("event_jurisdictions")
    .addColumn("event_id", text, (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("jurisdiction_id", text, (c) => c.notNull().references("jurisdictions.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("event_jurisdictions_pk", ["event_id", "jurisdiction_id"])
    .execute();
  await db.schema
    .createIndex("event_jurisdictions_jurisdiction")
    .on("event_jurisdictions")
    .columns(["jurisdiction_id", "event_id"])
    .execute();

  await db.schema
    .createTable("sources")
    .addColumn("event_id", text, (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("publisher", text, (c) => c.notNull())
    .addColumn("date", text)
    .addColumn("url", text)
    .addColumn("found_at", text)
    .addPrimaryKeyConstraint("sources_pk", ["event_id", "position"])
    .execute();
}

/** Every change to an event, and the dataset's key-value facts. */
async function createRevisions(db: Kysely<unknown>, text: TextType): Promise<void> {
  // No foreign key to events: a revision outlives a retracted event.
  await db.schema
    .createTable("event_revisions")
    .addColumn("event_id", text, (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("editor", text, (c) => c.notNull())
    .addColumn("changed_at", text, (c) => c.notNull())
    .addColumn("before_json", text)
    .addColumn("after_json", text)
    .addPrimaryKeyConstraint("event_revisions_pk", ["event_id", "revision"])
    .execute();

  await db.schema
    .createTable("dataset_meta")
    .addColumn("key", text, (c) => c.primaryKey())
    .addColumn("value", text, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["dataset_meta", "event_revisions", "sources", "event_jurisdictions", "events", "jurisdictions"]) {
    await db.schema.dropTable(table).execute();
  }
}
