import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { prepareWithAdminToken, startApiInstance, type ApiInstance } from "./testing/api-instance.js";
import { harrisOptOutRow } from "./testing/event-rows.js";
import { postgresMissing, withThrowawayPostgres } from "./testing/throwaway-postgres.js";

const dataDir = mkdtempSync(join(tmpdir(), "scomm-instances-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const HARRIS_PAGE = `/trpc/jurisdictions.byId?input=${encodeURIComponent(JSON.stringify({ id: "48201" }))}`;
const FIXTURE_SUMMARY = "A test fixture: Harris County asks to leave Secure Communities.";

async function get(instance: ApiInstance, path: string): Promise<{ etag: string | null; text: string }> {
  const res = await fetch(`${instance.url}${path}`);
  expect(res.status, path).toBe(200);
  return { etag: res.headers.get("etag"), text: await res.text() };
}
const health = async (instance: ApiInstance) =>
  JSON.parse((await get(instance, "/healthz")).text) as { modelVersion: number; record: string };

function poster(instance: ApiInstance, token: string) {
  return async (mutation: string, input: unknown) => {
    const headers = { "Content-Type": "application/json", Authorization: `Bearer ${token}` };
    const res = await fetch(`${instance.url}/trpc/${mutation}`, { method: "POST", headers, body: JSON.stringify(input) });
    expect(res.status, `${mutation}: ${await res.clone().text()}`).toBe(200);
    return ((await res.json()) as { result: { data: { id: string } } }).result.data;
  };
}

/** Waits for `b` to serve what `a` serves: the same record at /healthz, and a model built after `since`. */
async function waitUntilInStep(a: ApiInstance, b: ApiInstance, since: number): Promise<void> {
  const { record } = await health(a);
  await vi.waitUntil(
    async () => {
      const there = await health(b);
      return there.record === record && there.modelVersion > since;
    },
    { timeout: 20_000, interval: 25 },
  );
}

/** A publish on A is served by B and a retract on B by A, each without a restart: waited for, not timed. */
async function publishOnOneServedByTheOther(where: string, pollMs?: number): Promise<void> {
  const token = await prepareWithAdminToken(where);
  const a = await startApiInstance(where, { pollMs });
  const b = await startApiInstance(where, { pollMs });
  try {
    const before = await get(b, "/api/timeline.json");
    const bVersion = (await health(b)).modelVersion;
    const { id } = await poster(a, token)("events.create", { event: harrisOptOutRow(), reason: "new source" });
    await poster(a, token)("events.publish", { id, baseRevision: 1, reason: "checked" });

    await waitUntilInStep(a, b, bVersion);
    const timeline = await get(b, "/api/timeline.json");
    expect(timeline.etag).not.toBe(before.etag);
    expect(timeline.etag).toBe((await get(a, "/api/timeline.json")).etag);
    expect((await get(b, HARRIS_PAGE)).text).toContain(FIXTURE_SUMMARY);
    expect((await get(b, "/data/events.csv")).text).toContain(id);

    const aVersion = (await health(a)).modelVersion;
    await poster(b, token)("events.retract", { id, baseRevision: 2, reason: "the source was withdrawn" });
    await waitUntilInStep(b, a, aVersion);
    expect((await get(a, HARRIS_PAGE)).text).not.toContain(FIXTURE_SUMMARY);
    expect((await get(a, "/data/events.csv")).text).not.toContain(id);
    expect((await get(a, "/api/timeline.json")).etag).toBe(before.etag);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

describe("two api instances on one database stay in step without a restart", () => {
  it.skipIf(postgresMissing)(
    "on PostgreSQL, through LISTEN/NOTIFY",
    () => withThrowawayPostgres((url) => publishOnOneServedByTheOther(url)),
    180_000,
  );

  it("on one SQLite file, through the data-version poll", () => publishOnOneServedByTheOther(dataDir, 100), 120_000);
});
