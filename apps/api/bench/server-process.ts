import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const API_DIR = fileURLToPath(new URL("..", import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory now, and its peak since start (VmHWM), in MB. */
  memory(): Promise<{ rssMb: number; peakMb: number }>;
  stop(): Promise<void>;
}

async function procStatusMb(pid: number, field: "VmRSS" | "VmHWM"): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
}

/**
 * The production server (compiled, `pnpm start`'s command) as a child process on 127.0.0.1 with a fresh
 * database, rate limits out of the way (the bench is one address), logs at warn.
 */
export async function startServerProcess(): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), "scomm-bench-"));
  const unlimited = String(1_000_000_000);
  const child: ChildProcess = spawn(process.execPath, ["--conditions=@scomm/compiled", "dist/main.js"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      RATE_LIMIT_IMAGES: unlimited,
      RATE_LIMIT_DATA: unlimited,
      RATE_LIMIT_SEARCH: unlimited,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  // main.ts reports the port it got over the IPC channel once it listens.
  const listening = new Promise<number>((resolve, reject) => {
    child.on("message", (message: { listening?: number }) => message.listening && resolve(message.listening));
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const stop = async () => {
    if (child.connected) child.disconnect();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${await listening}`;
  if (!(await fetch(`${url}/readyz`)).ok) {
    await stop();
    throw new Error("the server listens but is not ready");
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    memory: async () => ({ rssMb: await procStatusMb(pid, "VmRSS"), peakMb: await procStatusMb(pid, "VmHWM") }),
    stop,
  };
}
