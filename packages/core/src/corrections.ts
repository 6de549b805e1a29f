/**
 * Readers' corrections as plain data (no zod): how long what a reader writes may be, what counts as a source's
 * address, and what a private link looks like. The api checks them on every submit; the form checks them first
 * to name a field at once.
 */
export const CORRECTION_LIMITS = { whatIsWrong: 2_000, contact: 200, reason: 1_000, sourceUrl: 2_048 } as const;

/** An http(s) address with a host (no javascript:, data: or ftp:). */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(value) && URL.canParse(value);
}

/** The secret of a reader's private link: 32 random bytes, base64url. */
export const READER_TOKEN = /^[\w-]{43}$/;
