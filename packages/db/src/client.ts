import Sqlite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Dialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/**
 * Where the data lives: an embedded SQLite file (the default, no server to install) or a PostgreSQL
 * server shared by several API instances. Migrations and queries are the same for both: written in
 * Kysely's builder, portable column types, dates as TEXT.
 */
export type DbConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export function createDb(config: DbConfig): Db {
  return new Kysely<Database>({ dialect: dialectFor(config), plugins: [new CamelCasePlugin()] });
}

/** True when `db` talks to PostgreSQL: the few places that differ (locking, collation) ask this. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** `postgres://…` or `postgresql://…`: what `DATABASE_URL` must look like. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\/./.test(value);
}

function dialectFor(config: DbConfig): Dialect {
  switch (config.kind) {
    case "sqlite": {
      const database = new Sqlite(config.file);
      // WAL: readers never wait for the writer. synchronous = FULL: each commit is fsynced before it returns,
      // so an acknowledged write survives a crash of the process and of the machine (README: Durability).
      if (config.file !== ":memory:") database.pragma("journal_mode = WAL");
      database.pragma("synchronous = FULL");
      database.pragma("foreign_keys = ON");
      database.pragma("busy_timeout = 5000");
      return new SqliteDialect({ database });
    }
    case "postgres": {
      // At least 2 connections: prepareDatabase holds its lock on one while migrating on another.
      const pool = new pg.Pool({ connectionString: config.url, max: 10 });
      // A pooled connection that drops while idle is replaced at the next checkout; without a
      // listener its error event would end the process.
      pool.on("error", () => {});
      return new PostgresDialect({ pool });
    }
  }
}
