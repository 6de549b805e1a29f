import { createHash, randomBytes } from "node:crypto";

/** What an API token starts with, so that a leaked one is recognisable (and a secret scanner can find it). */
export const TOKEN_PREFIX = "scat_";

/** 32 random bytes, URL-safe: a session cookie's or (prefixed) an API token's secret. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps of a secret: its SHA-256 (a 256-bit random secret needs no slow hash). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
