import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { REPO, TSX, type RunningApi } from "./api-server.js";

const run = promisify(execFile);

/** A curator's session on an api of the test's own, made as the README says: `admin:create`, then signing in. */
export interface CuratorApi {
  /** Calls a tRPC mutation as the signed-in curator (its cookie, the site's Origin); resolves to its data. */
  mutate<T>(procedure: string, input: unknown): Promise<T>;
}

/** An account as a test types it in. */
export interface Credentials {
  email: string;
  name: string;
  password: string;
}

/** The first admin of the api's database, made by the CLI `pnpm admin:create` runs (password in ADMIN_PASSWORD). */
export async function createAdmin(
  { dataDir, databaseUrl }: Pick<RunningApi, "dataDir" | "databaseUrl">,
  { email, name, password }: Credentials,
): Promise<void> {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ADMIN_PASSWORD: password,
    NODE_ENV: "test",
  };
  await run(TSX, ["apps/api/src/cli/create-admin.ts", "--email", email, "--name", name], { cwd: REPO, env });
}

export async function signInFirstAdmin(api: RunningApi): Promise<CuratorApi> {
  const email = "first.admin@example.org";
  const password = "a test fixture password, long enough";
  await createAdmin(api, { email, name: "First Admin", password });
  const post = (procedure: string, input: unknown, cookie = "") =>
    fetch(`${api.url}/trpc/${procedure}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: api.url, ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(input),
    });
  const signedIn = await post("auth.signIn", { email, password });
  if (!signedIn.ok) throw new Error(`auth.signIn answered ${signedIn.status}: ${await signedIn.text()}`);
  const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  return {
    async mutate<T>(procedure: string, input: unknown) {
      const res = await post(procedure, input, cookie);
      if (!res.ok) throw new Error(`${procedure} answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { result: { data: T } }).result.data;
    },
  };
}
