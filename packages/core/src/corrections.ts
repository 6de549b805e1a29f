/**
 * Readers' corrections as plain data (no zod): how long what a reader writes may be, what counts as a source's
 * address, and what a private link looks like. The api checks them on every submit; the form checks them first
 * to name a field at once.
 */
export const CORRECTION_LIMITS = { whatIsWrong: 2_000, contact: 200, reason: 1_000, sourceUrl: 2_048 } as const;

/** http:// or https://, a host (a name, or an IPv6 address in brackets), an optional port, then no whitespace. */
const HTTP_URL = /^https?:\/\/(\[[0-9a-f:.]+\]|[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*)(:\d{1,5})?([/?#]\S*)?$/iu;

/** An http(s) address with a host (no javascript:, data: or ftp:, no spaces). */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/** The secret of a reader's private link: 32 random bytes, base64url. */
export const READER_TOKEN = /^[\w-]{43}$/;
