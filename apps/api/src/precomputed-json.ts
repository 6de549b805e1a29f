import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { acceptsGzip, matchesEtag } from "./http-negotiation.js";

/** A JSON answer encoded once: its bytes, the same bytes gzipped, and their strong ETag. */
export interface PrecomputedJson {
  body: Buffer;
  gzipped: Buffer;
  /** Strong ETag of `body`, quoted. */
  etag: string;
  /** Both encodings together: what the answer costs a cache. */
  byteLength: number;
}

export function precomputeJson(json: string, gzipLevel = 6): PrecomputedJson {
  const body = Buffer.from(json);
  const gzipped = gzipSync(body, { level: gzipLevel });
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  return { body, gzipped, etag, byteLength: body.length + gzipped.length };
}

/** The 200 answer's headers as a flat [name, value, ...] list (the bench's bare server sends the same). */
export function jsonHeaders({ body, etag }: Pick<PrecomputedJson, "body" | "etag">): string[] {
  return [
    "Content-Type",
    "application/json; charset=utf-8",
    "Content-Length",
    String(body.length),
    "Cache-Control",
    "public, no-cache",
    "ETag",
    etag,
  ];
}

/**
 * 304 when the client holds the bytes, else 200 with them (gzipped when accepted). (Node sends no body for HEAD.) Written with
 * writeHead/end so neither Express nor the compression middleware re-hashes or re-encodes the body on every request.
 */
export function sendPrecomputedJson(req: IncomingMessage, res: ServerResponse, answer: PrecomputedJson): void {
  if (matchesEtag(req.headers["if-none-match"], answer.etag)) {
    res.writeHead(304, ["Cache-Control", "public, no-cache", "ETag", answer.etag]).end();
  } else if (acceptsGzip(req.headers["accept-encoding"])) {
    const headers = [...jsonHeaders({ body: answer.gzipped, etag: answer.etag }), "Content-Encoding", "gzip", "Vary", "Accept-Encoding"];
    res.writeHead(200, headers).end(answer.gzipped);
  } else {
    res.writeHead(200, [...jsonHeaders(answer), "Vary", "Accept-Encoding"]).end(answer.body);
  }
}
