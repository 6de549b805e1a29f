import { fileURLToPath } from "node:url";
import * as render from "@scomm/render";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ErrorBody } from "../http-errors.js";
import { startTestServer, type TestServer } from "../testing/http-server.js";
import { pngSize } from "../testing/png.js";
import { createRenderPool, type RenderPool } from "./render-pool.js";

// The renderers, spied on in this (the main) thread: the worker threads load their own, unspied copies.
vi.mock("@scomm/render", async (original) => {
  const actual = await original<typeof render>();
  return { ...actual, renderMapSvg: vi.fn(actual.renderMapSvg), renderTrendsSvg: vi.fn(actual.renderTrendsSvg) };
});

const HOLD_WORKER = fileURLToPath(new URL("../testing/hold-worker.mjs", import.meta.url));

let pool: RenderPool;
let server: TestServer;

// One thread, one waiting place: two held tasks fill the pool. A budget of 1 MP refuses a 2000-px PNG.
beforeAll(async () => {
  pool = createRenderPool({ threads: 1, queue: 1, pixelBudget: 1_000_000 });
  server = await startTestServer({ "index.html": "<!doctype html>" }, { renderPool: pool });
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.base}${path}`);

describe("the render pool", () => {
  it("renders images in worker threads: the main thread never runs the renderer", async () => {
    const png = await get("/export/map.png?width=640&date=2011-01-01");
    expect(png.status).toBe(200);
    expect(pngSize(Buffer.from(await png.arrayBuffer())).width).toBe(640);
    const svg = await get("/export/trends.svg?width=640");
    expect(await svg.text()).toContain("<svg");
    expect(vi.isMockFunction(render.renderMapSvg)).toBe(true);
    expect(render.renderMapSvg).not.toHaveBeenCalled();
    expect(render.renderTrendsSvg).not.toHaveBeenCalled();
  });

  it("answers 503 with Retry-After while every thread and queue place is taken, and renders again after", async () => {
    const gate = new SharedArrayBuffer(4);
    const holds = [pool.run<{ isMainThread: boolean }>({ gate }, HOLD_WORKER), pool.run<{ isMainThread: boolean }>({ gate }, HOLD_WORKER)];
    const busy = await get("/export/map.png?width=700");
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await busy.json()) as ErrorBody).error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", httpStatus: 503 });
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    expect((await Promise.all(holds)).map((r) => r.isMainThread)).toEqual([false, false]);
    expect((await get("/export/map.png?width=700")).status).toBe(200);
  });

  it("refuses a PNG over the pixel budget with a 400 naming width and the widest that fits", async () => {
    const res = await get("/export/map.png?width=2000");
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.data.issues).toEqual([
      { field: "width", message: expect.stringMatching(/over the budget of 1000000 pixels; use a width of at most \d+/) },
    ]);
    const widest = Number(/at most (\d+)/.exec(error.message)![1]);
    expect(widest).toBeLessThan(2000);
    expect((await get(`/export/map.png?width=${widest}`)).status).toBe(200);
    expect((await get("/export/map.svg?width=2000")).status).toBe(200);
  });
});
