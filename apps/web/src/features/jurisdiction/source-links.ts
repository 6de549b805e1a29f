import type { Source } from "@scomm/core";

/** Hosts that keep dated copies of pages: a link there is an archived copy, not just another address. */
const ARCHIVE_HOSTS =
  /(^|\.)(web\.archive\.org|archive\.org|archive\.(today|ph|is|li|vn|md)|perma\.cc|webcitation\.org|ghostarchive\.org)$/;

/** The second link a source may carry: where it was read, when that is a different web page. */
export interface CopyLink {
  href: string;
  /** "archive": a dated copy kept by an archive; "copy": the page where the text was read, elsewhere. */
  kind: "archive" | "copy";
}

/** The source's own link (its URL, else where it was read, when that is on the web). */
export function sourceHref(source: Source): string | null {
  return [source.url, source.foundAt].find((a): a is string => a !== null && isWebAddress(a)) ?? null;
}

/** Where a source was read, when it is a web page other than its URL; null otherwise. */
export function copyLink(source: Source): CopyLink | null {
  const { url, foundAt } = source;
  if (!url || !foundAt || foundAt === url || !isWebAddress(foundAt)) return null;
  return { href: foundAt, kind: ARCHIVE_HOSTS.test(new URL(foundAt).hostname) ? "archive" : "copy" };
}

function isWebAddress(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}
