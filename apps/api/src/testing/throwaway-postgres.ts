import { findPostgresBin, startPostgres } from "@scomm/db/testing/postgres-server";

const onCi = !["", "0", "false"].includes(process.env.CI ?? "");

/** Why a PostgreSQL test cannot run here, or null when it can (on CI it must: the test then fails instead). */
export const postgresMissing: string | null =
  findPostgresBin() || onCi ? null : "no PostgreSQL server binaries (apt-get install -y postgresql)";

/** Runs `use` against a throwaway PostgreSQL server of its own (as the db tests start one), stopped afterwards. */
export async function withThrowawayPostgres<T>(use: (url: string) => Promise<T>): Promise<T> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("this needs a PostgreSQL server: apt-get install -y postgresql");
  const server = await startPostgres(bin);
  try {
    return await use(server.url);
  } finally {
    await server.stop();
  }
}
