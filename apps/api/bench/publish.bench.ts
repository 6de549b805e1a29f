/**
 * The live record (issue 9, item 7), part of `pnpm bench`; numbers printed, nothing asserted:
 * 1. the model build on the full dataset (load from the database, buildStatusModel, timeline and digest);
 * 2. for PUBLISHES publishes on instance A (two api processes on one database): the publish's round trip (it is
 *    acknowledged once A serves the new model: target <= 500 ms) and from the acknowledgement to instance B
 *    serving the same record (target <= 1 s on PostgreSQL), medians: on PostgreSQL (a throwaway server, as the
 *    tests start one; skipped with a notice without the binaries) and on one SQLite file (B polls every 2 s);
 * 3. 50 concurrent readers on the timeline and jurisdictions.byId of both instances during publishes: counts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDatasetFromDb, openDatabase } from "@scomm/db";
import { buildStatusModel } from "@scomm/core";
import { serveModel } from "../src/model-refresh.js";
import { prepareWithAdminToken } from "../src/testing/api-instance.js";
import { findPostgresBin } from "@scomm/db/testing/postgres-server";
import { withThrowawayPostgres } from "../src/testing/throwaway-postgres.js";
import { hammer } from "./hammer.js";
import { median, publishAndFollow, startPair, type Pair } from "./publish-pair.js";

const PUBLISHES = 7;
const BUILDS = 7;

const sqliteDir = mkdtempSync(join(tmpdir(), "scomm-publish-bench-"));
try {
  await modelBuild(sqliteDir);
  if (!findPostgresBin()) console.log("PostgreSQL: SKIPPED (no server binaries; apt-get install -y postgresql)");
  else await withThrowawayPostgres((url) => instances("PostgreSQL", url, { DATABASE_URL: url }));
  await instances("SQLite", sqliteDir, { DATA_DIR: sqliteDir });
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}

async function modelBuild(where: string): Promise<void> {
  const db = await openDatabase(where);
  const times = { load: [] as number[], build: [] as number[], served: [] as number[] };
  for (let i = 0; i < BUILDS; i++) {
    let start = performance.now();
    const dataset = await loadDatasetFromDb(db);
    times.load.push(performance.now() - start);
    start = performance.now();
    buildStatusModel(dataset);
    times.build.push(performance.now() - start);
    start = performance.now();
    serveModel(await loadDatasetFromDb(db));
    times.served.push(performance.now() - start);
  }
  const { events, jurisdictions } = await loadDatasetFromDb(db);
  await db.destroy();
  console.log(`model build, full dataset (${events.length} events, ${jurisdictions.length} jurisdictions, SQLite), median of ${BUILDS}:`);
  console.log(
    `  load from the database ${ms(median(times.load))}, buildStatusModel ${ms(median(times.build))}, all of a rebuild (load, model, timeline, digest) ${ms(median(times.served))}`,
  );
}

async function instances(name: string, where: string, env: Record<string, string>): Promise<void> {
  const token = await prepareWithAdminToken(where);
  const pair: Pair = await startPair(env, token);
  try {
    const quiet = await publishAndFollow(pair, PUBLISHES);
    report(`${name}, ${PUBLISHES} publishes, no other load`, quiet);
    const loaded = await hammer(pair, () => publishAndFollow(pair, PUBLISHES));
    report(`${name}, ${PUBLISHES} publishes under 50 readers`, loaded.during);
    for (const [instance, counts] of Object.entries(loaded.readers)) {
      console.log(
        `  readers on ${instance}: ${counts.ok} answered 2xx, ${counts.non2xx} non-2xx, ${counts.errors} errors, ${counts.timeouts} timeouts`,
      );
    }
  } finally {
    await pair.stop();
  }
}

function report(title: string, { acknowledged, servedHere, servedThere }: Awaited<ReturnType<typeof publishAndFollow>>): void {
  console.log(`${title}: medians`);
  console.log(`  publish sent -> acknowledged (A rebuilt and serves it): ${ms(median(acknowledged))} (target <= 500 ms)`);
  console.log(
    `  acknowledged -> served by A: ${ms(median(servedHere))}; -> served by B: ${ms(median(servedThere))} (target <= 1 s on PostgreSQL)`,
  );
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
