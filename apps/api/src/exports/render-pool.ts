import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { IMAGE_CONTENT_TYPES, type FigureJob, type FigureResult, type RenderTask } from "./figure-job.js";
import { renderedFile, type RenderedFile } from "./rendered-file.js";

/**
 * The most pixels a PNG may have. The national map at the widest 4000 px is 4000x2268 (9.1 MP); a state's
 * taller figure reaches 4000x3190 (12.8 MP) and is refused at that width. Twelve megapixels is 48 MB of RGBA
 * per render, so two workers stay well inside the server's memory target (400 MB).
 */
export const DEFAULT_PIXEL_BUDGET = 12_000_000;

export interface RenderPoolOptions {
  /** Worker threads (default: one core left to the event loop, at most 2; so 1 on a 2-core machine). */
  threads?: number;
  /** Renders that may wait for a thread; past threads + queue, a render is refused (503). */
  queue?: number;
  pixelBudget?: number;
}

/** All threads busy and the queue full: the route answers 503 with Retry-After. */
export class RenderQueueFull extends Error {
  override name = "RenderQueueFull";
  constructor(readonly retryAfterSeconds: number) {
    super("the image renderer is busy");
  }
}

/** A PNG larger than the pixel budget: the route answers 400 naming `width`. */
export class PixelBudgetExceeded extends Error {
  override name = "PixelBudgetExceeded";
  constructor(
    readonly pixelWidth: number,
    readonly pixelHeight: number,
    readonly pixelBudget: number,
  ) {
    const widest = Math.floor(pixelWidth * Math.sqrt(pixelBudget / (pixelWidth * pixelHeight)));
    super(`makes a ${pixelWidth}x${pixelHeight} image, over the budget of ${pixelBudget} pixels; use a width of at most ${widest}`);
  }
}

export interface RenderPool {
  /** The figure rendered in a worker thread, as the file to send. */
  render(job: FigureJob): Promise<RenderedFile>;
  /** Any task on the pool's threads, counted against the same bound (tests use it to fill the pool). */
  run<T>(task: unknown, filename: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The worker module: TypeScript under tsx and vitest (the worker thread then loads tsx itself), compiled
 * JavaScript beside this file in the production build.
 */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER = fileURLToPath(new URL(FROM_SOURCE ? "./render-worker.ts" : "./render-worker.js", import.meta.url));
const TSX_LOADER = FROM_SOURCE ? pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href : null;

/**
 * Each busy worker holds about 150-250 MB while it draws a 4000-px PNG (geometry, the parsed SVG, the pixel
 * buffer), so threads are what the memory target (400 MB) is spent on; and the event loop keeps a core.
 */
export const DEFAULT_THREADS = Math.min(2, Math.max(1, availableParallelism() - 1));

/** A second per render in the queue per thread, as a hint: a 4000-px PNG takes about that. */
const SECONDS_PER_RENDER = 1;

/**
 * A small piscina pool for the image renders, so a burst of large PNGs never blocks the event loop. The bound
 * is counted here, over every accepted render (running or waiting): piscina's own `maxQueue` counts only the
 * tasks waiting beyond the threads still starting, which makes it depend on timing.
 */
export function createRenderPool({
  threads = DEFAULT_THREADS,
  queue = 16,
  pixelBudget = DEFAULT_PIXEL_BUDGET,
}: RenderPoolOptions = {}): RenderPool {
  const piscina = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    // The worker returns to its event loop between tasks, where resvg's native memory is released (render-worker.ts).
    atomics: "disabled",
    ...(TSX_LOADER ? { execArgv: ["--import", TSX_LOADER] } : {}),
  });
  let accepted = 0;
  const run = async <T>(task: unknown, filename?: string): Promise<T> => {
    if (accepted >= threads + queue) throw new RenderQueueFull(Math.ceil((accepted * SECONDS_PER_RENDER) / threads));
    accepted++;
    try {
      return (await piscina.run(task, filename ? { filename } : {})) as T;
    } finally {
      accepted--;
    }
  };
  return {
    async render(job) {
      const result = await run<FigureResult>({ job, pixelBudget } satisfies RenderTask);
      if (!result.ok) throw new PixelBudgetExceeded(result.pixelWidth, result.pixelHeight, pixelBudget);
      return renderedFile(result.body, IMAGE_CONTENT_TYPES[job.format]);
    },
    run,
    close: () => piscina.close(),
  };
}
