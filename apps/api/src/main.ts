import { openDatabase } from "@scomm/db";
import { createDeps } from "./context.js";
import { parseEnv, rateLimitsOf, renderPoolOptionsOf } from "./env.js";
import { createRenderPool } from "./exports/render-pool.js";
import { createHttpServer } from "./server.js";

// The only file with start-up side effects: read env, open the database, build the model once, listen.
const env = parseEnv();
// PostgreSQL when DATABASE_URL is set (several API instances share it), else SQLite in DATA_DIR.
const db = await openDatabase(env.DATABASE_URL ?? env.DATA_DIR, {
  reseed: env.NODE_ENV === "production" ? "if-empty" : "if-changed",
});
const storage = env.DATABASE_URL ? `PostgreSQL at ${serverOf(env.DATABASE_URL)}` : env.DATA_DIR;
const deps = await createDeps(db, { siteUrl: env.SITE_URL });
const renderPool = createRenderPool(renderPoolOptionsOf(env));
const server = createHttpServer(deps, { rateLimits: rateLimitsOf(env), renderPool }).listen(env.PORT, env.HOST, (error?: Error) => {
  if (error) throw error;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  deps.logger.info(`SComm Atlas API listening on http://${env.HOST}:${port} (data in ${storage})`);
});

/** Host and database of a connection URL, without the credentials, for the log. */
function serverOf(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

function shutdown(signal: string): void {
  deps.logger.info(`${signal}: shutting down`);
  server.close(() => void Promise.all([db.destroy(), renderPool.close()]).then(() => process.exit(0)));
  server.closeAllConnections();
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));
