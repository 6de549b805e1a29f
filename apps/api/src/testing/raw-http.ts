import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { AppDeps } from "../context.js";
import { createHttpServer } from "../server.js";
import { addCurator } from "./curators.js";
import { realDeps } from "./real-deps.js";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text (latin1 for images and archives, which are never read as text). */
  body: string;
}

/** A file beside the test's web app folder: a request that climbs out of the folder would send it. */
export const OUTSIDE_MARKER = "outside-the-web-app-3f9c";

/**
 * The whole server (createHttpServer over real deps, a tiny built web app) listening on 127.0.0.1:0, and a
 * `send` that puts the path on the wire exactly as given: no URL normalisation, so `../` and `%2e%2e` arrive.
 */
export function useListeningServer(): {
  deps: () => AppDeps;
  /** An admin's API token, made before the tests: `Authorization: Bearer <token>` reaches every procedure. */
  token: () => string;
  send: (method: string, path: string, headers?: Record<string, string>, body?: string) => Promise<Answer>;
} {
  let deps: AppDeps;
  let token = "";
  let server: Server;
  let port = 0;
  const root = mkdtempSync(join(tmpdir(), "scomm-hostile-"));
  const webDist = join(root, "dist");
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  beforeAll(async () => {
    mkdirSync(join(webDist, "assets"), { recursive: true });
    writeFileSync(join(webDist, "index.html"), "<!doctype html><title>SComm Atlas</title>");
    writeFileSync(join(webDist, "assets", "app-1234.js"), "console.log('atlas');");
    writeFileSync(join(root, "secret.txt"), OUTSIDE_MARKER);
    deps = await realDeps();
    token = (await addCurator(deps, "admin")).token;
    // Rate limits have tests of their own; here one client sends thousands of requests on purpose.
    const unlimited = {
      imagesPerMinute: 1e9,
      dataPerMinute: 1e9,
      searchesPerMinute: 1e9,
      signInsPerMinute: 1e9,
      writesPerMinute: 1e9,
      correctionsPerHour: 1e9,
    };
    server = createHttpServer(deps, { webDist, rateLimits: unlimited }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
    await deps.db.destroy();
    rmSync(root, { recursive: true, force: true });
  });
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const binary = /image\/png|application\/zip/.test(String(res.headers["content-type"]));
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString(binary ? "latin1" : "utf8") });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  return { deps: () => deps, token: () => token, send };
}
