import { createServer } from "node:http";
import { createDb } from "@scomm/db";
import { describe, expect, it, vi } from "vitest";
import type { ErrorBody } from "./http-errors.js";
import { drain, type Readiness } from "./shutdown.js";
import { listenLocal, startTestServer } from "./testing/http-server.js";
import { createHttpServer } from "./server.js";

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("drain", () => {
  it("stops accepting, lets the request in flight finish, then closes what the server holds", async () => {
    const arrived = deferred();
    const release = deferred();
    const server = createServer((req, res) => {
      if (req.url === "/slow") {
        arrived.resolve();
        void release.promise.then(() => res.end("done"));
      } else res.end("fast");
    });
    const base = await listenLocal(server);
    const slow = fetch(`${base}/slow`);
    await arrived.promise;

    const readiness: Readiness = { draining: false };
    const close = vi.fn(async () => {});
    const drained = drain(server, { readiness, close });
    expect(readiness.draining).toBe(true);
    await expect(fetch(`${base}/fast`)).rejects.toThrow();
    expect(close).not.toHaveBeenCalled();

    release.resolve();
    const res = await slow;
    expect(await res.text()).toBe("done");
    expect(await drained).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe("/readyz", () => {
  it("is ready while the database answers, and answers 503 once draining or when the database is gone", async () => {
    const readiness: Readiness = { draining: false };
    const server = await startTestServer({ "index.html": "<!doctype html>" }, { readiness });
    try {
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true });
      readiness.draining = true;
      const draining = await fetch(`${server.base}/readyz`);
      expect(draining.status).toBe(503);
      expect(((await draining.json()) as ErrorBody).error.message).toMatch(/shutting down/);
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);

      // Nothing listens on port 1: the connection is refused at once.
      const gone = createDb({ kind: "postgres", url: "postgres://atlas@127.0.0.1:1/scomm" });
      const broken = createHttpServer({ ...server.deps, db: gone });
      const res = await fetch(`${await listenLocal(broken)}/readyz`);
      broken.close();
      await gone.destroy();
      expect(res.status).toBe(503);
      expect(((await res.json()) as ErrorBody).error.message).toBe("the database does not answer");
    } finally {
      await server.close();
    }
  });
});
