import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startApi, WEB_DIST } from "./support/api-server.js";
import { launchBrowserServer } from "./support/browser.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    /** The api's DATA_DIR, for a spec that makes a curator there (corrections.spec.ts). */
    dataDir: string;
  }
}

/** Starts the api (serving the built web app) and one headless Chromium for every spec; builds nothing. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`no web build in ${WEB_DIST}: run \`vite build\` first`);
  const api = await startApi();
  const browser = await launchBrowserServer().catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  project.provide("baseUrl", api.url);
  project.provide("dataDir", api.dataDir);
  project.provide("wsEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await api.stop();
  };
}
