import { createHash } from "node:crypto";
import { buildStatusModel, type Dataset, type StatusModel } from "@scomm/core";
import { announceRecordChange, loadDatasetFromDb, watchRecordChanges, type RecordWatch, type RecordWatchOptions } from "@scomm/db";
import { coalesced } from "./coalesce.js";
import type { AppDeps } from "./context.js";
import { createTimelineCache, type TimelineCache } from "./timeline-cache.js";

/** What one published record gives every request: the model, its encoded timeline, and the record's digest. */
export interface ServedModel {
  model: StatusModel;
  timeline: TimelineCache;
  /** SHA-256 of the record the model was built from: the same on every instance that serves the same record. */
  recordDigest: string;
}

export function serveModel(dataset: Dataset): ServedModel {
  const recordDigest = createHash("sha256").update(JSON.stringify(dataset)).digest("base64url");
  const model = buildStatusModel(dataset);
  return { model, timeline: createTimelineCache(model, recordDigest), recordDigest };
}

/** Where a change to the record was made: by this instance (tell the others), or elsewhere (only rebuild). */
export type ChangeMadeBy = "this-instance" | "elsewhere";

/**
 * Rebuilds the status model from the published record and swaps it in: the model, its timeline (bytes and
 * ETag), the digest and the version change in one synchronous step, so a request sees the old model or the new
 * one, never a mix. Caches keyed by the model (data files, images, feeds) follow by themselves. Rebuilds run one
 * at a time and a burst of changes during one costs exactly one more (coalesce.ts), which reads the database
 * after every change of the burst was committed. After a change made here, the other instances are told first
 * (announceRecordChange), so that they rebuild while this one does.
 */
export function modelRefresher(deps: AppDeps): AppDeps["refreshModel"] {
  const rebuild = coalesced(async () => {
    const served = serveModel(await loadDatasetFromDb(deps.db));
    Object.assign(deps, { ...served, modelVersion: deps.modelVersion + 1 });
    deps.logger.info(`status model ${deps.modelVersion} served (record ${deps.recordDigest.slice(0, 12)})`);
    return deps.modelVersion;
  });
  return (madeBy = "this-instance") => {
    if (madeBy === "this-instance") {
      announceRecordChange(deps.db, deps.instance).catch((error) =>
        deps.logger.error("could not tell the other instances of a change", error),
      );
    }
    return rebuild();
  };
}

/**
 * Follow changes that other instances (or a command run against the same database) make to the record, and
 * rebuild on each. PostgreSQL: LISTEN/NOTIFY on a connection of its own (`postgresUrl`); SQLite: a poll of the
 * file's data version. `close()` it before destroying the database.
 */
export function followRecordChanges(deps: AppDeps, postgresUrl?: string, options: Pick<RecordWatchOptions, "pollMs"> = {}): RecordWatch {
  const rebuild = () =>
    void deps
      .refreshModel("elsewhere")
      .catch((error) => deps.logger.error("could not rebuild the status model after a change made elsewhere", error));
  const onError = (error: unknown) => deps.logger.error("following the record: the watch failed (it reconnects or polls again)", error);
  return watchRecordChanges(deps.db, {
    ...options,
    ...(postgresUrl ? { postgresUrl } : {}),
    instance: deps.instance,
    onChange: rebuild,
    onError,
  });
}
