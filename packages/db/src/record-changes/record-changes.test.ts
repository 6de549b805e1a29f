import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, expect, it, vi } from "vitest";
import { createDb, type Db } from "../client.js";
import { migrateToLatest } from "../migrate.js";
import { describeEachDialect, describePostgres, freshPostgresUrl, type Dialect } from "../testing/dialects.js";
import { loadDataset } from "@scomm/data";
import { openDatabase } from "../open.js";
import { announceRecordChange, RECORD_CHANNEL, watchRecordChanges, type RecordWatch } from "./index.js";

/** Two processes' connections to one database (two SQLite connections to one file, two pools on one server). */
async function twoConnections(dialect: Dialect): Promise<{ url?: string; here: Db; there: Db; close(): Promise<void> }> {
  if (dialect === "postgres") {
    const url = await freshPostgresUrl();
    const [here, there] = [createDb({ kind: "postgres", url }), createDb({ kind: "postgres", url })];
    return { url, here, there, close: async () => void (await Promise.all([here.destroy(), there.destroy()])) };
  }
  const dir = mkdtempSync(join(tmpdir(), "scomm-watch-"));
  const file = join(dir, "scomm.sqlite");
  const [here, there] = [createDb({ kind: "sqlite", file }), createDb({ kind: "sqlite", file })];
  const close = async () => {
    await Promise.all([here.destroy(), there.destroy()]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { here, there, close };
}

/** A committed change to the record as another process makes one: a write, then its announcement. */
async function changeRecord(db: Db, instance: string, n: number): Promise<void> {
  await db
    .insertInto("dataset_meta")
    .values({ key: `test-change-${n}`, value: "fixture" })
    .execute();
  await announceRecordChange(db, instance);
}

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

const waitFor = (condition: () => boolean) => vi.waitUntil(condition, { timeout: 10_000, interval: 20 });

describeEachDialect("a change made by another process reaches the watch", (dialect) => {
  it("calls onChange for the other process's committed change, again for the next", async () => {
    const dbs = await twoConnections(dialect);
    open.push(dbs);
    await migrateToLatest(dbs.here);
    let changes = 0;
    const watch = watchRecordChanges(dbs.here, { postgresUrl: dbs.url, instance: "here", onChange: () => changes++, pollMs: 50 });
    open.push(watch);
    await watch.ready;
    // PostgreSQL refreshes once on (re)connecting: a change may have been announced while nobody listened.
    const atStart = dialect === "postgres" ? 1 : 0;
    await waitFor(() => changes === atStart);

    await changeRecord(dbs.there, "there", 1);
    await waitFor(() => changes >= atStart + 1);
    await changeRecord(dbs.there, "there", 2);
    await waitFor(() => changes >= atStart + 2);
  });
});

describePostgres("the LISTEN connection", () => {
  it("reconnects after the server cuts it, refreshes once, and hears later announcements", async () => {
    const dbs = await twoConnections("postgres");
    open.push(dbs);
    await migrateToLatest(dbs.here);
    let changes = 0;
    const errors: unknown[] = [];
    const watch: RecordWatch = watchRecordChanges(dbs.here, {
      postgresUrl: dbs.url,
      instance: "here",
      onChange: () => changes++,
      onError: (e) => errors.push(e),
      maxBackoffMs: 200,
    });
    open.push(watch);
    await watch.ready;
    await waitFor(() => changes === 1);

    const cut = await sql<{
      cut: boolean;
    }>`select pg_terminate_backend(pid) as cut from pg_stat_activity where datname = current_database() and query = ${`LISTEN ${RECORD_CHANNEL}`}`.execute(
      dbs.there,
    );
    expect(cut.rows).toEqual([{ cut: true }]);
    await waitFor(() => changes === 2);
    expect(errors.length).toBeGreaterThan(0);

    await changeRecord(dbs.there, "there", 1);
    await waitFor(() => changes === 3);
  });

  it("keeps trying, ever later, while the server cannot be reached; close() ends it and settles ready", async () => {
    // Nothing listens on port 1: every attempt is refused at once.
    const unreachable = "postgres://postgres@127.0.0.1:1/scomm";
    const db = createDb({ kind: "postgres", url: unreachable });
    open.push({ close: () => db.destroy() });
    const attempts: number[] = [];
    const watch = watchRecordChanges(db, {
      postgresUrl: unreachable,
      instance: "here",
      onChange: () => {},
      onError: () => attempts.push(Date.now()),
      maxBackoffMs: 400,
    });
    await waitFor(() => attempts.length >= 4);
    await watch.close();
    await watch.ready;
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    // 100, 200, 400 ms: each wait doubles up to the bound (a timer may fire a millisecond early, never more).
    expect(gaps[0]).toBeGreaterThanOrEqual(98);
    expect(gaps[2]).toBeGreaterThanOrEqual(398);
  });

  it("needs the server's URL: LISTEN cannot share the pool", async () => {
    const dbs = await twoConnections("postgres");
    open.push(dbs);
    expect(() => watchRecordChanges(dbs.here, { instance: "here", onChange: () => {} })).toThrow(/postgresUrl is required/);
  });
});

describePostgres("a dataset imported at another instance's start", () => {
  it("is announced, so instances already running rebuild", async () => {
    const url = await freshPostgresUrl();
    const real = loadDataset();
    const first = await openDatabase(url, { dataset: () => real });
    open.push({ close: () => first.destroy() });
    let changes = 0;
    const watch = watchRecordChanges(first, { postgresUrl: url, instance: "running", onChange: () => changes++ });
    open.push(watch);
    await watch.ready;
    await waitFor(() => changes === 1);

    const [event, ...rest] = real.events;
    const changed = { ...real, events: [{ ...event!, summary: `${event!.summary} (fixture: reworded)` }, ...rest] };
    const second = await openDatabase(url, { dataset: () => changed, reseed: "if-changed" });
    open.push({ close: () => second.destroy() });
    await waitFor(() => changes === 2);
  });
});
