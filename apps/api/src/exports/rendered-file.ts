import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import { matchesEtag } from "../http-negotiation.js";

/** A response body made once, with its strong ETag: cached, then sent as is. */
export interface RenderedFile {
  body: Buffer;
  etag: string;
  contentType: string;
  byteLength: number;
}

export function renderedFile(body: Buffer | Uint8Array | string, contentType: string): RenderedFile {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return { body: bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url")}"`, contentType, byteLength: bytes.length };
}

export interface SendOptions {
  /** Offer the body as a download under this name. */
  filename?: string;
  maxAge?: number;
}

/** 200 with the bytes, or 304 when the client's If-None-Match has them; writeHead/end so Express neither re-hashes nor re-encodes. */
export function sendRendered(req: Request, res: Response, file: RenderedFile, { filename, maxAge = 300 }: SendOptions = {}): void {
  const headers: Record<string, string | number> = {
    "Content-Type": file.contentType,
    "Cache-Control": `public, max-age=${maxAge}`,
    ETag: file.etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (filename) headers["Content-Disposition"] = `attachment; filename="${filename}"`;
  if (matchesEtag(req.headers["if-none-match"], file.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "Content-Length": file.byteLength }).end(file.body);
}
