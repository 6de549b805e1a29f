import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "@scomm/db";
import { afterAll, describe, expect, it } from "vitest";
import { prepareWithAdminToken } from "./testing/api-instance.js";
import { harrisOptOutRow } from "./testing/event-rows.js";
import { startServerChild, type ServerChild } from "./testing/server-child.js";
import { postgresMissing, withThrowawayPostgres } from "./testing/throwaway-postgres.js";

const dataDir = mkdtempSync(join(tmpdir(), "scomm-durability-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const SERVER_ENV = { RATE_LIMIT_WRITES: "1000000", RESEED: "if-empty" };

type Ack = { id: string; revision: number };

/** Creates and publishes events one after another; each acknowledged write is noted before the next is sent. */
async function streamEdits(server: ServerChild, token: string, acks: Ack[], stopAfter: number): Promise<void> {
  const post = async (mutation: string, input: unknown) => {
    const res = await fetch(`${server.url}/trpc/${mutation}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    if (res.status !== 200) throw new Error(`${mutation} answered ${res.status}`);
    return ((await res.json()) as { result: { data: Ack } }).result.data;
  };
  for (;;) {
    const created = await post("events.create", { event: harrisOptOutRow(), reason: `edit ${acks.length}` });
    acks.push(created);
    // Past the mark, the server dies with this publish in flight.
    if (acks.length >= stopAfter) server.child.kill("SIGKILL");
    acks.push(await post("events.publish", { id: created.id, baseRevision: 1, reason: "checked" }));
  }
}

/** Every curator event is whole: its latest revision says what the tables hold, sources and places included. */
async function halfWritten(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const latest = await db
    .selectFrom("event_revisions")
    .select(["eventId", "revision", "action"])
    .orderBy("eventId")
    .orderBy("revision")
    .execute();
  const lastOf = new Map(latest.map((r) => [r.eventId, r]));
  for (const [id, { action }] of lastOf) {
    const draft = await db.selectFrom("event_drafts").select("eventId").where("eventId", "=", id).executeTakeFirst();
    const event = await db.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst();
    const sources = await db.selectFrom("sources").select("position").where("eventId", "=", id).execute();
    const places = await db.selectFrom("event_jurisdictions").select("jurisdictionId").where("eventId", "=", id).execute();
    const whole =
      action === "create" ? draft && !event && sources.length === 0 : !draft && event && sources.length === 1 && places.length === 1;
    if (!whole)
      problems.push(
        `${id}: last revision ${action}, draft ${!!draft}, event ${!!event}, ${sources.length} sources, ${places.length} places`,
      );
  }
  return problems;
}

/** Stream edits, SIGKILL the server mid-stream, restart it: every acknowledged edit is there, none half-written. */
async function killAndRestart(where: string, env: Record<string, string>): Promise<void> {
  const token = await prepareWithAdminToken(where);
  const first = await startServerChild({ ...SERVER_ENV, ...env });
  const acks: Ack[] = [];
  await expect(streamEdits(first, token, acks, 9)).rejects.toThrow();
  await first.exited;
  expect(acks.length).toBeGreaterThanOrEqual(9);

  const second = await startServerChild({ ...SERVER_ENV, ...env });
  const csv = await (await fetch(`${second.url}/data/events.csv`)).text();
  second.child.kill("SIGTERM");
  await second.exited;
  const db = await openDatabase(where);
  for (const { id, revision } of acks) {
    const stored = await db
      .selectFrom("event_revisions")
      .select("revision")
      .where("eventId", "=", id)
      .where("revision", "=", revision)
      .executeTakeFirst();
    expect(stored, `${id} revision ${revision}`).toBeDefined();
    if (revision === 2) expect(csv, `${id} in events.csv`).toContain(id);
  }
  expect(await halfWritten(db)).toEqual([]);
  await db.destroy();
}

describe("an acknowledged edit survives SIGKILL", () => {
  it(
    "on SQLite: every acknowledged create and publish is there after a restart, no half-written one",
    () => killAndRestart(dataDir, { DATA_DIR: dataDir }),
    120_000,
  );

  // Its own throwaway PostgreSQL server (as the db tests start one); skipped without the binaries, except on CI.
  it.skipIf(postgresMissing)(
    "on PostgreSQL: the same",
    () => withThrowawayPostgres((url) => killAndRestart(url, { DATABASE_URL: url })),
    180_000,
  );
});
