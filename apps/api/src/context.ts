import { randomUUID } from "node:crypto";
import { todayIso, type IsoDate, type StatusModel } from "@scomm/core";
import { loadDatasetFromDb, type Curator, type Db } from "@scomm/db";
import { curatorOf } from "./auth/credentials.js";
import { modelRefresher, serveModel, type ChangeMadeBy } from "./model-refresh.js";
import type { TimelineCache } from "./timeline-cache.js";

export interface Clock {
  /** Today's calendar date where the server runs. */
  today(): IsoDate;
  /** The current instant, ISO 8601 (sessions, revisions). */
  now(): string;
}
export const systemClock: Clock = { today: () => todayIso(), now: () => new Date().toISOString() };

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Everything a request needs, built once at start. No Express types in here. */
export interface AppDeps {
  db: Db;
  /** The status model built from the published record; replaced whole (with `timeline`) after a publish, here or elsewhere. */
  model: StatusModel;
  timeline: TimelineCache;
  /** SHA-256 of the published record the model was built from: equal on every instance serving the same record. */
  recordDigest: string;
  /** Counts the models served since start: 1 for the first, one more after each swap. */
  modelVersion: number;
  /**
   * Rebuild the model from the database and swap it in (model-refresh.ts); resolves to its version once served.
   * After a change made by this instance (the default), the other instances on the database are told first.
   */
  refreshModel(madeBy?: ChangeMadeBy): Promise<number>;
  /** This instance's name among those sharing the database (a random UUID): it skips its own announcements. */
  instance: string;
  clock: Clock;
  logger: Logger;
  /** The site's public URL (SITE_URL, no trailing slash): links, feeds, credits. Never the request's Host. */
  siteUrl: string;
}

/** What a request brings besides its input: its credentials, and a way to set the session cookie. */
export interface RequestInfo {
  cookie?: string;
  authorization?: string;
  setCookie?: (value: string) => void;
}

export interface Context extends AppDeps {
  request: RequestInfo;
  /** The curator the session cookie or API token names (looked up once, when asked); null for a reader. */
  curator(): Promise<Curator | null>;
}

export type DepsOptions = Pick<AppDeps, "siteUrl"> & Partial<Pick<AppDeps, "clock" | "logger">>;

/** Read the stored dataset once and precompute what every request shares. */
export async function createDeps(db: Db, { siteUrl, clock = systemClock, logger = console as Logger }: DepsOptions): Promise<AppDeps> {
  const served = serveModel(await loadDatasetFromDb(db));
  const deps: AppDeps = { db, ...served, modelVersion: 1, refreshModel: async () => 1, instance: randomUUID(), clock, logger, siteUrl };
  deps.refreshModel = modelRefresher(deps);
  return deps;
}

/** The tRPC context from plain inputs: tests call it directly, Express through `contextFactory`. */
export function createContext(deps: AppDeps, request: RequestInfo = {}): Context {
  let curator: Promise<Curator | null> | undefined;
  return { ...deps, request, curator: () => (curator ??= curatorOf(deps, request)) };
}

/** The Express side: the request's Cookie and Authorization headers, and the response's Set-Cookie. */
export function contextFactory(deps: AppDeps) {
  return ({
    req,
    res,
  }: {
    req: { headers: Record<string, string | string[] | undefined> };
    res: { append(name: string, value: string): unknown };
  }): Context =>
    createContext(deps, {
      cookie: headerOf(req.headers.cookie),
      authorization: headerOf(req.headers.authorization),
      setCookie: (value) => void res.append("Set-Cookie", value),
    });
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join("; ") : value;
}
