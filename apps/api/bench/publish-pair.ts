import { harrisOptOutRow } from "../src/testing/event-rows.js";
import { startServerChild, type ServerChild } from "../src/testing/server-child.js";

/** Two api processes on one database, and the admin token that publishes on them. */
export interface Pair {
  a: ServerChild;
  b: ServerChild;
  token: string;
  stop(): Promise<void>;
}

const UNLIMITED = String(1_000_000_000);
const LIMITS = { RATE_LIMIT_IMAGES: UNLIMITED, RATE_LIMIT_DATA: UNLIMITED, RATE_LIMIT_SEARCH: UNLIMITED, RATE_LIMIT_WRITES: UNLIMITED };

export async function startPair(env: Record<string, string>, token: string): Promise<Pair> {
  const a = await startServerChild({ ...LIMITS, RESEED: "if-empty", ...env });
  const b = await startServerChild({ ...LIMITS, RESEED: "if-empty", ...env }).catch(async (error: unknown) => {
    await stopChild(a);
    throw error;
  });
  return { a, b, token, stop: async () => void (await Promise.all([stopChild(a), stopChild(b)])) };
}

async function stopChild(server: ServerChild): Promise<void> {
  server.child.kill("SIGTERM");
  await server.exited;
}

async function post(server: ServerChild, token: string, mutation: string, input: unknown): Promise<{ id: string }> {
  const headers = { "Content-Type": "application/json", Authorization: `Bearer ${token}` };
  const res = await fetch(`${server.url}/trpc/${mutation}`, { method: "POST", headers, body: JSON.stringify(input) });
  if (res.status !== 200) throw new Error(`${mutation} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { result: { data: { id: string } } }).result.data;
}

const recordOf = async (server: ServerChild) => ((await (await fetch(`${server.url}/healthz`)).json()) as { record: string }).record;

/** Milliseconds from `since` until `server` serves `record` (asked every 5 ms; gives up after 30 s). */
async function servedAfter(server: ServerChild, record: string, since: number): Promise<number> {
  while ((await recordOf(server)) !== record) {
    if (performance.now() - since > 30_000) throw new Error(`${server.url} did not serve record ${record} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - since;
}

/** `count` publishes on A, one after another: how long each took to be acknowledged, then served by A and by B. */
export async function publishAndFollow({ a, b, token }: Pair, count: number) {
  const times = { acknowledged: [] as number[], servedHere: [] as number[], servedThere: [] as number[] };
  for (let i = 0; i < count; i++) {
    const { id } = await post(a, token, "events.create", { event: harrisOptOutRow(), reason: `bench ${i}` });
    const sent = performance.now();
    await post(a, token, "events.publish", { id, baseRevision: 1, reason: "bench" });
    const acknowledged = performance.now();
    times.acknowledged.push(acknowledged - sent);
    const record = await recordOf(a);
    times.servedHere.push(performance.now() - acknowledged);
    times.servedThere.push(await servedAfter(b, record, acknowledged));
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
