/**
 * `pnpm bench:load`: the production server as a child process on 127.0.0.1, under two loads (never part of CI).
 * 1. Sixteen distinct 4000-px map PNGs asked at once, while /healthz is asked over and over: its latency
 *    (p99, max; target <= 100 ms) and the server's peak resident memory (target < 400 MB).
 * 2. 20 s at 200 connections each on the page, the timeline, jurisdictions.byId and a cached image:
 *    req/s, p99 and errors, and byId's req/s over the timeline's (target >= 0.5).
 */
import autocannon from "autocannon";
import { startServerProcess } from "./server-process.js";

const IMAGES = 16;
const CONNECTIONS = 200;
const SECONDS = 20;

const server = await startServerProcess();
try {
  await renderBurst();
  await throughput();
} finally {
  await server.stop();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function renderBurst(): Promise<void> {
  const dates = Array.from(
    { length: IMAGES },
    (_, i) => `2009-${String((i % 12) + 1).padStart(2, "0")}-${String(10 + Math.floor(i / 12)).padStart(2, "0")}`,
  );
  const started = performance.now();
  let done = false;
  const renders = Promise.all(
    dates.map(async (date) => (await fetch(`${server.url}/export/map.png?width=4000&date=${date}`)).status),
  ).finally(() => (done = true));
  const health: number[] = [];
  let peakRss = 0;
  while (!done) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/healthz`)).arrayBuffer();
    health.push(performance.now() - t0);
    peakRss = Math.max(peakRss, (await server.memory()).rssMb);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const statuses = await renders;
  const seconds = (performance.now() - started) / 1000;
  const { peakMb } = await server.memory();
  health.sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const byStatus = [...counts].map(([status, n]) => `${n}x ${status}`).join(", ");
  console.log(`${IMAGES} distinct 4000-px map PNGs at once: ${byStatus} in ${seconds.toFixed(1)} s`);
  console.log(
    `  /healthz meanwhile (${health.length} asked): p99 ${percentile(health, 99).toFixed(1)} ms, max ${health.at(-1)!.toFixed(1)} ms (target <= 100 ms)`,
  );
  console.log(
    `  server resident memory: peak ${peakMb.toFixed(0)} MB since start (VmHWM), ${peakRss.toFixed(0)} MB sampled during the burst (target < 400 MB)`,
  );
}

async function throughput(): Promise<void> {
  const byId = `/trpc/jurisdictions.byId?input=${encodeURIComponent(JSON.stringify({ id: "48201", date: "2012-06-01" }))}`;
  const image = "/export/map.png?width=960&date=2012-06-01";
  await fetch(`${server.url}${image}`); // rendered once: the load then reads it from the cache
  const targets: [string, string, Record<string, string>][] = [
    ["page /", "/", { accept: "text/html" }],
    ["/api/timeline.json", "/api/timeline.json", { "accept-encoding": "gzip" }],
    ["jurisdictions.byId", byId, {}],
    ["cached image", image, {}],
  ];
  const rates = new Map<string, number>();
  console.log(`${SECONDS} s at ${CONNECTIONS} connections each:`);
  for (const [name, path, headers] of targets) {
    const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: SECONDS, headers });
    const errors = result.errors + result.timeouts + result.non2xx;
    rates.set(name, result.requests.average);
    console.log(`  ${name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${errors} errors`);
  }
  const ratio = rates.get("jurisdictions.byId")! / rates.get("/api/timeline.json")!;
  console.log(`  byId / timeline req/s: ${ratio.toFixed(2)} (target >= 0.5)`);
}
