import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const API_DIR = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerChild {
  url: string;
  child: ChildProcess;
  /** Resolves once the process is gone. */
  exited: Promise<unknown>;
}

/** The api (src/main.ts through tsx) as a child process on 127.0.0.1, a free port, with `env` added. */
export async function startServerChild(env: Record<string, string>): Promise<ServerChild> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env: { ...process.env, NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // main.ts reports the port it got over the IPC channel once it listens.
  const port = await new Promise<number>((resolve, reject) => {
    child.on("message", (message: { listening?: number }) => message.listening && resolve(message.listening));
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, exited };
}
