import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, expect } from "vitest";
import type { AppDeps } from "../context.js";
import type { ErrorBody } from "../http-errors.js";
import { exportsRouter } from "../routes/exports-routes.js";
import { listenLocal } from "./http-server.js";
import { realDeps } from "./real-deps.js";

export interface ExportsServer {
  /** The real dependencies (dataset, clock), once the server is up. */
  deps: () => AppDeps;
  get: (path: string, init?: RequestInit) => Promise<Response>;
  /** Expects a 400 in the one error shape naming `field` (and only it); resolves to its message. */
  expectBadRequest: (path: string, field: string) => Promise<string>;
}

/** The exports router alone over the real dataset, listening on a free loopback port for this test file. */
export function useExportsServer(): ExportsServer {
  let deps: AppDeps;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    deps = await realDeps();
    server = express().use(exportsRouter(deps)).listen(0, "127.0.0.1");
    // The client (fetch, which drops idle sockets after 4 s) closes kept-alive sockets before the server does:
    // on a busy machine a server closing first can race a request onto a dying socket ("fetch failed").
    server.keepAliveTimeout = 60_000;
    base = await listenLocal(server);
  });
  afterAll(async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    await deps.db.destroy();
  });
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
  const expectBadRequest = async (path: string, field: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(
      error.data.issues.map((i) => i.field),
      path,
    ).toEqual([field]);
    expect(error.message).toMatch(new RegExp(`^${field}: \\w`));
    return error.message;
  };
  return { deps: () => deps, get, expectBadRequest };
}
