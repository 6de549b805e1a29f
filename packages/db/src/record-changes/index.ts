import { sql } from "kysely";
import { isPostgres, type Db } from "../client.js";
import { listenPostgres } from "./listen-postgres.js";
import { pollSqlite } from "./poll-sqlite.js";

/** The PostgreSQL channel a change to the published record is announced on. */
export const RECORD_CHANNEL = "scomm_record_changed";

export interface RecordWatchOptions {
  /** The PostgreSQL server's URL: the watch holds a connection of its own there (LISTEN needs one). */
  postgresUrl?: string;
  /** Who is watching: announcements this watcher's own process made carry it and are skipped. */
  instance: string;
  /** Called when the record may have changed elsewhere: on an announcement, and after a reconnect (one may have been missed). */
  onChange: () => void;
  /** A lost connection or a failed poll; the watch goes on (reconnecting, polling again). */
  onError?: (error: unknown) => void;
  /** SQLite: how often to look for another process's commit (ms, default 2000). */
  pollMs?: number;
  /** PostgreSQL: the longest wait between two reconnection attempts (ms, default 10000). */
  maxBackoffMs?: number;
}

export interface RecordWatch {
  /** Resolves once the watch sees every later change: LISTEN answered, or SQLite's first reading taken. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Tell every other process serving this database that the published record changed, after the change was
 * committed. PostgreSQL: a NOTIFY on RECORD_CHANNEL carrying the announcer's `instance`. SQLite: nothing to
 * send; the other processes see the commit through `PRAGMA data_version` (see `watchRecordChanges`).
 */
export async function announceRecordChange(db: Db, instance: string): Promise<void> {
  if (isPostgres(db)) await sql`select pg_notify(${RECORD_CHANNEL}, ${instance})`.execute(db);
}

/**
 * Follow changes to the record made by other processes on the same database. PostgreSQL: LISTEN on a
 * connection of its own, reconnecting with backoff when it drops (listen-postgres.ts). SQLite: a cheap poll
 * of `PRAGMA data_version`, which moves when another connection commits (poll-sqlite.ts).
 */
export function watchRecordChanges(db: Db, options: RecordWatchOptions): RecordWatch {
  if (!isPostgres(db)) return pollSqlite(db, options);
  if (!options.postgresUrl)
    throw new Error("watchRecordChanges: postgresUrl is required on PostgreSQL (LISTEN needs a connection of its own)");
  return listenPostgres(options.postgresUrl, RECORD_CHANNEL, options);
}
