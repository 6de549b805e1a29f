import type { StatusModel } from "@scomm/core";
import { LRUCache } from "lru-cache";
import type { RenderedFile } from "./rendered-file.js";

export type CacheKey = readonly (string | number | null)[];

/**
 * Files made from the model, cached per model and normalised parameters (LRU bounded in bytes). A new model
 * (after a publish) gets new keys; concurrent requests for the same file share one making.
 */
export interface RenderCache {
  get(model: StatusModel, key: CacheKey, make: () => RenderedFile | Promise<RenderedFile>): Promise<RenderedFile>;
}

export function createRenderCache(maxBytes = 128 * 1024 * 1024): RenderCache {
  const cache = new LRUCache<string, RenderedFile>({ maxSize: maxBytes, sizeCalculation: (file) => file.byteLength });
  const pending = new Map<string, Promise<RenderedFile>>();
  const modelIds = new WeakMap<StatusModel, number>();
  let nextModelId = 0;
  return {
    async get(model, key, make) {
      if (!modelIds.has(model)) modelIds.set(model, nextModelId++);
      const id = JSON.stringify([modelIds.get(model), ...key]);
      const hit = cache.get(id) ?? pending.get(id);
      if (hit) return hit;
      const making = Promise.resolve().then(make);
      pending.set(id, making);
      try {
        const file = await making;
        cache.set(id, file);
        return file;
      } finally {
        pending.delete(id);
      }
    },
  };
}
