import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { AppOptions } from "../app.js";
import type { AppDeps } from "../context.js";
import { createRenderPool } from "../exports/render-pool.js";
import { createHttpServer } from "../server.js";
import { realDeps } from "./real-deps.js";

/** Listen on a free loopback port; resolves to the base URL. */
export async function listenLocal(server: Server): Promise<string> {
  if (!server.listening) server.listen(0, "127.0.0.1");
  await new Promise((resolve) => (server.listening ? resolve(undefined) : server.once("listening", resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface TestServer {
  deps: AppDeps;
  base: string;
  close(): Promise<void>;
}

/**
 * The real HTTP server over the real dataset, serving a stand-in web build: `webFiles` maps paths under the
 * build folder to their contents (`index.html` at least).
 */
export async function startTestServer(
  webFiles: Record<string, string | Uint8Array>,
  options: Omit<AppOptions, "webDist"> = {},
): Promise<TestServer> {
  const webDist = mkdtempSync(join(tmpdir(), "scomm-web-"));
  for (const [path, contents] of Object.entries(webFiles)) {
    mkdirSync(dirname(join(webDist, path)), { recursive: true });
    writeFileSync(join(webDist, path), contents);
  }
  const deps = await realDeps();
  const renderPool = options.renderPool ?? createRenderPool();
  const server = createHttpServer(deps, { ...options, renderPool, webDist });
  const base = await listenLocal(server);
  return {
    deps,
    base,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([deps.db.destroy(), renderPool.close()]);
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}
