import { request } from "node:http";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/http-server.js";
import { TEST_SITE_URL } from "./testing/real-deps.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ "index.html": "<!doctype html>" });
});
afterAll(() => server.close());

/** GET with a chosen Host header (fetch does not let a caller set it). */
function getWithHost(path: string, host: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.base}${path}`, { headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res
        .on("data", (c: Buffer) => chunks.push(c))
        .on("end", () => resolve(Buffer.concat(chunks)))
        .on("error", reject);
    });
    req.on("error", reject).end();
  });
}

describe("the site's URL comes from SITE_URL, never the Host header", () => {
  const paths = [
    "/data/README",
    "/feed.atom",
    "/j/36047/feed.atom",
    "/export/map.svg?width=320",
    "/export/trends.svg?width=320",
    "/data/scomm-atlas-data.zip",
  ];
  for (const path of paths) {
    it(`${path.split("?")[0]} is the same for any Host and names ${TEST_SITE_URL}`, async () => {
      const [a, b] = await Promise.all([getWithHost(path, "evil.example"), getWithHost(path, "127.0.0.1:1")]);
      expect(a.equals(b)).toBe(true);
      const text = path.endsWith(".zip") ? strFromU8(unzipSync(a)["scomm-atlas-data/README.md"]!) : a.toString("utf8");
      expect(text).toContain(TEST_SITE_URL);
      expect(text).not.toContain("evil.example");
    });
  }
});
