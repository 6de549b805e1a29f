import { loadDataset } from "@scomm/data";
import { createDb, prepareDatabase } from "@scomm/db";
import { createDeps, type AppDeps, type Clock, type Logger } from "../context.js";

/** A fixed "today" so tests that default the date do not depend on when they run. */
export const TEST_TODAY = "2020-06-15";
/** The configured public URL in tests: links, feeds and credits must name it, never the request's Host. */
export const TEST_SITE_URL = "https://atlas.example.org";
export const fixedClock: Clock = { today: () => TEST_TODAY, now: () => `${TEST_TODAY}T12:00:00.000Z` };

export const silentLogger: Logger & { errors: unknown[] } = {
  errors: [],
  info: () => {},
  error(_message, error) {
    this.errors.push(error);
  },
};

/** Dependencies over an in-memory SQLite seeded with the real dataset (the one `start` serves). */
export async function realDeps(): Promise<AppDeps> {
  const db = await prepareDatabase(createDb({ kind: "sqlite", file: ":memory:" }), { dataset: loadDataset });
  return createDeps(db, { siteUrl: TEST_SITE_URL, clock: fixedClock, logger: silentLogger });
}
