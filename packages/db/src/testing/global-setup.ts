import type { TestProject } from "vitest/node";
import { findPostgresBin, POSTGRES_ROOT, startPostgres } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The test server's database, or why there is none (see testing/dialects.ts). */
    postgres: { url: string } | { missing: string };
  }
}

const onCi = () => !["", "0", "false"].includes(process.env.CI ?? "");

/**
 * Starts a throwaway PostgreSQL server for the whole run, so every db test also runs on PostgreSQL.
 * Without server binaries the PostgreSQL tests are skipped with a notice, except on CI where the
 * run fails: CI must not pass without them.
 */
export default async function setup(project: TestProject) {
  const bin = findPostgresBin();
  if (!bin) {
    const missing = `no PostgreSQL server binaries (${POSTGRES_ROOT}/*/bin/initdb and pg_ctl)`;
    const install = "install them with `apt-get install -y postgresql`";
    if (onCi()) throw new Error(`${missing}: CI must run the PostgreSQL tests; ${install} (.ci/run does)`);
    console.warn(`\n[@scomm/db] ${missing}: the PostgreSQL tests are SKIPPED; ${install} to run them.\n`);
    project.provide("postgres", { missing });
    return;
  }
  const server = await startPostgres(bin);
  project.provide("postgres", { url: server.url });
  return () => server.stop();
}
