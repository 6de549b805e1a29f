import Sqlite from "better-sqlite3";
import { CamelCasePlugin, Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/**
 * Where the data lives. Only SQLite for now; a `{ kind: "postgres", url }` member joins this union
 * (with PostgresDialect and `pg`) when deployments need several API instances. Nothing else changes:
 * migrations and queries are written in Kysely's builder, dates are TEXT.
 */
export type DbConfig = { kind: "sqlite"; file: string };

export function createDb(config: DbConfig): Db {
  return new Kysely<Database>({ dialect: dialectFor(config), plugins: [new CamelCasePlugin()] });
}

function dialectFor(config: DbConfig): SqliteDialect {
  switch (config.kind) {
    case "sqlite": {
      const database = new Sqlite(config.file);
      if (config.file !== ":memory:") database.pragma("journal_mode = WAL");
      database.pragma("foreign_keys = ON");
      database.pragma("busy_timeout = 5000");
      return new SqliteDialect({ database });
    }
  }
}
