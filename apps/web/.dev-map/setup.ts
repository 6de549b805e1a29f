import type { TestProject } from "vitest/node";
import { launchBrowserServer } from "../e2e/support/browser.js";
export default async function setup(project: TestProject) {
  const browser = await launchBrowserServer();
  project.provide("baseUrl", "http://127.0.0.1:4710");
  project.provide("wsEndpoint", browser.wsEndpoint());
  return async () => browser.close();
}
