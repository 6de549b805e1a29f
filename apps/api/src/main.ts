import { openDatabase } from "@scomm/db";
import { createDeps } from "./context.js";
import { parseEnv, rateLimitsOf, renderPoolOptionsOf } from "./env.js";
import { importSummary } from "./import-summary.js";
import { createRenderPool } from "./exports/render-pool.js";
import { createServerLogs } from "./logger.js";
import { followRecordChanges } from "./model-refresh.js";
import { createHttpServer } from "./server.js";
import { drain, type Readiness } from "./shutdown.js";

// The only file with start-up side effects: read env, open the database, build the model once, listen.
const env = parseEnv();
const logs = createServerLogs(env.LOG_LEVEL);
// PostgreSQL when DATABASE_URL is set (several API instances share it), else SQLite in DATA_DIR.
// A changed repository dataset is imported as revisions before the model is built (import-summary.ts logs it).
const db = await openDatabase(env.DATABASE_URL ?? env.DATA_DIR, {
  reseed: env.RESEED,
  onImport: (result) => logs.logger.info(importSummary(result)),
});
const storage = env.DATABASE_URL ? `PostgreSQL at ${serverOf(env.DATABASE_URL)}` : env.DATA_DIR;
const deps = await createDeps(db, { siteUrl: env.SITE_URL, logger: logs.logger });
// A publish on another instance (or an import run against the same database) is served here too, without a restart.
const recordWatch = followRecordChanges(deps, env.DATABASE_URL);
const renderPool = createRenderPool(renderPoolOptionsOf(env));
const readiness: Readiness = { draining: false };
const options = {
  rateLimits: rateLimitsOf(env),
  renderPool,
  readiness,
  logRequest: logs.requests,
  ...(env.WEB_DIST ? { webDist: env.WEB_DIST } : {}),
};
const server = createHttpServer(deps, options).listen(env.PORT, env.HOST, (error?: Error) => {
  if (error) throw error;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  deps.logger.info(`SComm Atlas API listening on http://${env.HOST}:${port} (${env.NODE_ENV}, site ${env.SITE_URL}, data in ${storage})`);
  // A parent that started this server with an IPC channel (the load bench, PORT=0) learns where it listens.
  process.send?.({ listening: port });
});

/** Host and database of a connection URL, without the credentials, for the log. */
function serverOf(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

async function shutdown(signal: string): Promise<void> {
  deps.logger.info(`${signal}: draining (no new connections; answering those in flight)`);
  const inTime = await drain(server, {
    readiness,
    close: () => Promise.all([recordWatch.close().then(() => db.destroy()), renderPool.close()]),
  });
  deps.logger.info(inTime ? "drained; bye" : "drain timed out; open connections were cut");
  process.exit(inTime ? 0 : 1);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
