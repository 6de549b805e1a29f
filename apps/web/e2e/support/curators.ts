import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { REPO, TSX, type RunningApi } from "./api-server.js";

export interface Credentials {
  email: string;
  name: string;
  password: string;
}

/**
 * The first admin of a running api's database, made by the code `pnpm admin:create` runs (the CLI itself, as a
 * child process, with the password in ADMIN_PASSWORD).
 */
export async function createAdmin(api: RunningApi, admin: Credentials): Promise<void> {
  await promisify(execFile)(TSX, ["apps/api/src/cli/create-admin.ts", "--email", admin.email, "--name", admin.name], {
    cwd: REPO,
    env: { ...process.env, DATA_DIR: api.dataDir, ADMIN_PASSWORD: admin.password, NODE_ENV: "test" },
  });
}

/** Signs in through the curators' sign-in screen and waits for their screens. */
export async function signIn(page: Page, baseUrl: string, { email, password }: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/curator/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("curator-shell").waitFor();
}
