import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** Where Debian and Ubuntu install the server binaries, one folder per major version. */
export const POSTGRES_ROOT = "/usr/lib/postgresql";

export interface PostgresServer {
  /** `postgres://` URL of the empty database created for the tests. */
  url: string;
  /** Stop the server and delete its files. */
  stop(): Promise<void>;
}

/** The `bin` folder of the newest installed server that has `initdb` and `pg_ctl`, or null. */
export function findPostgresBin(root = POSTGRES_ROOT): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  const bins = versions.map((v) => join(root, v, "bin"));
  return bins.find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl"))) ?? null;
}

/**
 * A throwaway cluster in a temp folder: 127.0.0.1 on a free port (its socket in that folder too),
 * fsync off, no password, with one empty database. initdb refuses to run as root, so as root the
 * folder is handed to the `postgres` system user and every server command runs as that user.
 */
export async function startPostgres(bin: string, database = "scomm_test"): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "scomm-pg-"));
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const asOwner = await ownerOf(dir);
  const stop = async () => {
    await asOwner(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await asOwner(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", ...localeOptions(bin)]);
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await asOwner(join(bin, "pg_ctl"), ["-D", data, "-l", log, "-o", options, "-w", "start"]);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query(`create database ${database}`).finally(() => admin.end());
    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, stop };
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "(no server log)";
    await stop();
    throw new Error(`could not start a PostgreSQL server from ${bin}\n${serverLog}`, { cause: error });
  }
}

type Runner = (command: string, args: string[]) => Promise<unknown>;

/** Runs commands as the owner of `dir`: the `postgres` user when we are root, else ourselves. */
async function ownerOf(dir: string): Promise<Runner> {
  if (process.getuid?.() !== 0) return (command, args) => run(command, args, { cwd: dir });
  const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
  chownSync(dir, await id("-u"), await id("-g"));
  return (command, args) => run("runuser", ["-u", "postgres", "--", command, ...args], { cwd: dir });
}

/**
 * Sort text like a typical deployment does (a linguistic collation, not byte order): then the tests
 * prove that the schema's own `collate "C"` makes both dialects list rows in the same order.
 * ICU as the default provider needs PostgreSQL 15.
 */
function localeOptions(bin: string): string[] {
  const major = Number(/\/(\d+)\/bin$/.exec(bin)?.[1] ?? 0);
  return major >= 15 ? ["--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"] : ["--locale=C.UTF-8"];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
