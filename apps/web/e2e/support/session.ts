import { buildStatusModel, type StatusModel } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { connectBrowser } from "./browser.js";

export interface PageSession {
  browser: Browser;
  /** A fresh page for each test. */
  page: Page;
  /** The api the global setup started, serving the built web app. */
  baseUrl: string;
}

/**
 * One browser connection per spec file and a new page (at `viewport`, DPR 1) for each test. Call once at
 * the top of a spec; read `session.page` inside hooks and tests.
 */
export function usePageSession(viewport = { width: 1280, height: 1000 }): PageSession {
  const session = {} as PageSession;
  let context: BrowserContext | null = null;
  beforeAll(async () => {
    session.browser = await connectBrowser(inject("wsEndpoint"));
    session.baseUrl = inject("baseUrl");
  });
  afterAll(() => session.browser.close());
  // A context of its own per page: axe's AxeBuilder refuses pages made by browser.newPage().
  beforeEach(async () => {
    context = await session.browser.newContext({ viewport, deviceScaleFactor: 1 });
    session.page = await context.newPage();
  });
  afterEach(() => context?.close());
  return session;
}

let model: StatusModel | undefined;
/** Core's status model on the same dataset the api seeded: what the page's numbers must equal. */
export function realModel(): StatusModel {
  model ??= buildStatusModel(loadDataset());
  return model;
}
