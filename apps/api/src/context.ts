import { buildStatusModel, todayIso, type IsoDate, type StatusModel } from "@scomm/core";
import { loadDatasetFromDb, type Db } from "@scomm/db";
import { createTimelineCache, type TimelineCache } from "./timeline-cache.js";

export interface Clock {
  /** Today's calendar date where the server runs. */
  today(): IsoDate;
}
export const systemClock: Clock = { today: () => todayIso() };

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Everything a request needs, built once at start. No Express types in here. */
export interface AppDeps {
  db: Db;
  /** The status model built from the stored dataset. */
  model: StatusModel;
  timeline: TimelineCache;
  clock: Clock;
  logger: Logger;
  /** The site's public URL (SITE_URL, no trailing slash): links, feeds, credits. Never the request's Host. */
  siteUrl: string;
}

export type Context = AppDeps;

export type DepsOptions = Pick<AppDeps, "siteUrl"> & Partial<Pick<AppDeps, "clock" | "logger">>;

/** Read the stored dataset once and precompute what every request shares. */
export async function createDeps(db: Db, { siteUrl, clock = systemClock, logger = console as Logger }: DepsOptions): Promise<AppDeps> {
  const model = buildStatusModel(await loadDatasetFromDb(db));
  return { db, model, timeline: createTimelineCache(model), clock, logger, siteUrl };
}

/** The tRPC context from plain inputs: tests call it directly, Express through `contextFactory`. */
export function createContext(deps: AppDeps): Context {
  return { ...deps };
}

export function contextFactory(deps: AppDeps): () => Context {
  return () => createContext(deps);
}
