import { buildStatusModel } from "@scomm/core";
import { loadDatasetFromDb } from "@scomm/db";
import type { AppDeps } from "./context.js";
import { createTimelineCache } from "./timeline-cache.js";

/**
 * Rebuilds the status model from the published record and swaps it in: the model, its timeline (bytes and
 * ETag) and the version change in one synchronous step, so a request sees the old model or the new one, never
 * a mix. Caches keyed by the model (data files, images, feeds) follow by themselves. Rebuilds run one after
 * another, each reading the database after the one before, so the last swap holds every publish before it.
 */
export function modelRefresher(deps: AppDeps): () => Promise<number> {
  let queue: Promise<unknown> = Promise.resolve();
  const rebuild = async () => {
    const model = buildStatusModel(await loadDatasetFromDb(deps.db));
    const timeline = createTimelineCache(model);
    Object.assign(deps, { model, timeline, modelVersion: deps.modelVersion + 1 });
    deps.logger.info(`status model ${deps.modelVersion} served`);
    return deps.modelVersion;
  };
  return () => {
    const next = queue.then(rebuild);
    queue = next.catch(() => {});
    return next;
  };
}
