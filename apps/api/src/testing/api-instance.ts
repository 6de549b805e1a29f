import type { Server } from "node:http";
import { insertApiToken, isPostgresUrl, openDatabase } from "@scomm/db";
import { createAccount } from "../auth/accounts.js";
import { hashSecret, newSecret, TOKEN_PREFIX } from "../auth/secrets.js";
import { createDeps, type AppDeps } from "../context.js";
import { followRecordChanges } from "../model-refresh.js";
import { createHttpServer } from "../server.js";
import { listenLocal } from "./http-server.js";
import { fixedClock, silentLogger, TEST_SITE_URL } from "./real-deps.js";

/** An admin and its API token, written straight to the database (a folder or a PostgreSQL URL) before any server starts. */
export async function prepareWithAdminToken(where: string): Promise<string> {
  const db = await openDatabase(where);
  const admin = await createAccount(
    db,
    { email: "admin@example.org", name: "Admin", role: "admin", password: "a long enough password" },
    new Date().toISOString(),
  );
  const token = newSecret(TOKEN_PREFIX);
  await insertApiToken(db, {
    id: "t1",
    accountId: admin.id,
    name: "tests",
    tokenHash: hashSecret(token),
    createdAt: new Date().toISOString(),
  });
  await db.destroy();
  return token;
}

export interface ApiInstance {
  deps: AppDeps;
  url: string;
  close(): Promise<void>;
}

// One client sends many requests on purpose; rate limits have tests of their own.
const UNLIMITED = {
  imagesPerMinute: 1e9,
  dataPerMinute: 1e9,
  searchesPerMinute: 1e9,
  signInsPerMinute: 1e9,
  writesPerMinute: 1e9,
  correctionsPerHour: 1e9,
};

/**
 * One api instance as main.ts starts it, in this process: its own connection to the database at `where`, the
 * model built from it, the HTTP server on a free loopback port, and the watch that follows other instances.
 */
export async function startApiInstance(where: string, options: { pollMs?: number } = {}): Promise<ApiInstance> {
  const db = await openDatabase(where);
  const deps = await createDeps(db, { siteUrl: TEST_SITE_URL, clock: fixedClock, logger: silentLogger });
  const watch = followRecordChanges(deps, isPostgresUrl(where) ? where : undefined, options);
  await watch.ready;
  const server: Server = createHttpServer(deps, { rateLimits: UNLIMITED });
  const url = await listenLocal(server);
  return {
    deps,
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await watch.close();
      await db.destroy();
    },
  };
}
