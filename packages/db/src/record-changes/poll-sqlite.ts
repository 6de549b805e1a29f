import { sql } from "kysely";
import type { Db } from "../client.js";
import type { RecordWatch, RecordWatchOptions } from "./index.js";

/**
 * SQLite has no notifications. `PRAGMA data_version` is a number that changes when another connection (another
 * process: a second api, an import run from the command line) commits to the file, and never for this
 * connection's own commits; reading it costs next to nothing. Polled every `pollMs`.
 */
export function pollSqlite(db: Db, { onChange, onError = () => {}, pollMs = 2000 }: RecordWatchOptions): RecordWatch {
  let seen: number | undefined;
  let polling: Promise<void> = Promise.resolve();
  const poll = async () => {
    try {
      const version = await dataVersion(db);
      if (seen !== undefined && version !== seen) onChange();
      seen = version;
    } catch (error) {
      onError(error);
    }
  };
  polling = poll();
  const timer = setInterval(() => {
    polling = polling.then(poll);
  }, pollMs);
  timer.unref();
  return {
    ready: polling,
    async close() {
      clearInterval(timer);
      await polling;
    },
  };
}

async function dataVersion(db: Db): Promise<number> {
  const { rows } = await sql<{ dataVersion: number }>`pragma data_version`.execute(db);
  return Number(rows[0]?.dataVersion);
}
