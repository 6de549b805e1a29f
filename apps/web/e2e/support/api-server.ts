import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
export const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
export const WEB_DIST = fileURLToPath(new URL("../../dist", import.meta.url));

export interface RunningApi {
  url: string;
  /** The api's SQLite folder (DATA_DIR): a command such as admin:create can be run against it. */
  dataDir: string;
  /** The PostgreSQL database it uses instead of SQLite, when started with one. */
  databaseUrl?: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the api did not answer /healthz within ${timeoutMs} ms:\n${log()}`);
}

/**
 * The real api (`tsx apps/api/src/main.ts`) on a free port with a fresh database in a temp dir (or on the
 * PostgreSQL database `databaseUrl`, which several instances may share); it serves the built web app from
 * apps/web/dist (or `webDist`), so `vite build` must have run.
 */
export async function startApi({ webDist, databaseUrl }: { webDist?: string; databaseUrl?: string } = {}): Promise<RunningApi> {
  const dataDir = await mkdtemp(join(tmpdir(), "scomm-e2e-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(TSX, ["apps/api/src/main.ts"], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      NODE_ENV: "test",
      ...(webDist ? { WEB_DIST: webDist } : {}),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, ...(databaseUrl ? { databaseUrl } : {}), stop };
}
