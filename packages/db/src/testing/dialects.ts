import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, inject, it } from "vitest";
import { createDb, type Db } from "../client.js";

/** Every db test runs on both; PostgreSQL on the server that global-setup.ts starts. */
export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

const postgres = inject("postgres");

/** `describe.each` over both dialects; one that cannot run here shows as a skipped test saying why. */
export function describeEachDialect(name: string, body: (dialect: Dialect) => void): void {
  describe.each(DIALECTS)(`${name} (%s)`, (dialect) => {
    if (dialect === "postgres" && "missing" in postgres) it.skip(`needs PostgreSQL: ${postgres.missing}`);
    else body(dialect);
  });
}

/** A suite only PostgreSQL has (concurrent starts, say), skipped like the others without a server. */
export function describePostgres(name: string, body: () => void): void {
  describe.skipIf("missing" in postgres)(`${name} (postgres)`, body);
}

/** A new, empty database on the test server: its URL. */
export async function freshPostgresUrl(): Promise<string> {
  if ("missing" in postgres) throw new Error(postgres.missing);
  const name = `scomm_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database: in memory for SQLite, a fresh database on the test server for PostgreSQL. */
export async function emptyDb(dialect: Dialect): Promise<Db> {
  if (dialect === "sqlite") return createDb({ kind: "sqlite", file: ":memory:" });
  return createDb({ kind: "postgres", url: await freshPostgresUrl() });
}
