import { brotliCompressSync, gzipSync } from "node:zlib";
import { get, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/http-server.js";

// A script big enough to be worth compressing, and the two files the web build writes beside it.
const SCRIPT = `export const counties = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `county ${i}`))};\n`;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    "index.html": "<!doctype html><title>SComm Atlas</title>",
    "assets/app-1a2b.js": SCRIPT,
    "assets/app-1a2b.js.br": brotliCompressSync(SCRIPT),
    "assets/app-1a2b.js.gz": gzipSync(SCRIPT),
  });
});
afterAll(() => server.close());

function fetchRaw(path: string, acceptEncoding: string): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${server.base}${path}`, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ res, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("built assets", () => {
  it("are sent as the build compressed them: brotli when the browser reads it, else gzip", async () => {
    const br = await fetchRaw("/assets/app-1a2b.js", "gzip, deflate, br");
    expect(br.res.headers["content-encoding"]).toBe("br");
    expect(br.res.headers["content-type"]).toMatch(/javascript/);
    expect(br.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
    expect(br.res.headers["cache-control"]).toContain("immutable");
    const gz = await fetchRaw("/assets/app-1a2b.js", "gzip");
    expect(gz.res.headers["content-encoding"]).toBe("gzip");
    expect(gz.body.equals(gzipSync(SCRIPT))).toBe(true);
  });

  it("are sent plain to a client that reads no compression, and a missing one is still a 404", async () => {
    const plain = await fetchRaw("/assets/app-1a2b.js", "identity");
    expect(plain.res.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect((await fetchRaw("/assets/missing-0000.js", "br")).res.statusCode).toBe(404);
  });
});
