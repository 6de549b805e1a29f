/**
 * GET /api/timeline.json from createApp against a bare node:http server sending the identical bytes and
 * headers: 50 connections on 127.0.0.1, 10 s of load on each, in the same run. The two are measured in
 * alternating 2 s rounds (after a warm-up) so that other work on the machine weighs on both alike.
 * Then every jurisdiction's status at one date (statusesAt) next to building the full snapshot() objects.
 * Run with `pnpm --filter @scomm/api bench` (never part of `test`).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { snapshot, statusesAt } from "@scomm/core";
import autocannon from "autocannon";
import { createHttpServer } from "../src/server.js";
import { jsonHeaders } from "../src/precomputed-json.js";
import { realDeps } from "../src/testing/real-deps.js";

const CONNECTIONS = 50;
const ROUNDS = 5;
const ROUND_SECONDS = 2;
const DATE = "2012-06-01";

const deps = await realDeps();
const targets = {
  "api server": await listen(createHttpServer(deps).listen(0, "127.0.0.1")),
  "raw node:http": await listen(
    createServer((_req, res) => res.writeHead(200, jsonHeaders(deps.timeline)).end(deps.timeline.body)).listen(0, "127.0.0.1"),
  ),
};
type Target = keyof typeof targets;

console.log(`GET /api/timeline.json: ${deps.timeline.body.length} bytes, ${deps.timeline.wire.ids.length} jurisdictions`);
const requests: Record<Target, number> = { "api server": 0, "raw node:http": 0 };
for (const target of Object.keys(targets) as Target[]) await load(target, 1); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const target of Object.keys(targets) as Target[]) requests[target] += await load(target, ROUND_SECONDS);
}
const seconds = ROUNDS * ROUND_SECONDS;
for (const [target, total] of Object.entries(requests)) {
  console.log(`${target}: ${Math.round(total / seconds)} req/s (${total} requests in ${seconds} s, ${CONNECTIONS} connections)`);
}
const ratio = requests["api server"] / requests["raw node:http"];
console.log(`ratio api server / raw node:http: ${ratio.toFixed(2)} (target >= 0.5)`);
for (const server of Object.values(targets)) server.close();

const out = new Uint8Array(deps.model.timeline.ids.length);
const statuses = timeRuns(() => statusesAt(deps.model.timeline, DATE, out));
const objects = timeRuns(() => snapshot(deps.model, DATE, "county"));
console.log(`statusesAt(${DATE}), all ${out.length}: median ${ms(statuses.median)}, p95 ${ms(statuses.p95)}`);
console.log(`snapshot(${DATE}, "county") objects: median ${ms(objects.median)}, p95 ${ms(objects.p95)}`);
console.log(`ratio snapshot / statusesAt (median): ${(objects.median / statuses.median).toFixed(1)}x`);
await deps.db.destroy();

async function listen(server: Server): Promise<Server> {
  if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
  return server;
}

/** Requests answered with a 2xx in `duration` seconds; throws if any failed. */
async function load(target: Target, duration: number): Promise<number> {
  const url = `http://127.0.0.1:${(targets[target].address() as AddressInfo).port}/api/timeline.json`;
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${target}: ${failed} requests failed`);
  return result["2xx"];
}

/** Median and p95 of `runs` timed calls after `warmUp` untimed ones. */
function timeRuns(run: () => unknown, runs = 1000, warmUp = 200): { median: number; p95: number } {
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}
