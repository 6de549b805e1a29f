import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

/** RFC 3339 date-time (the Atom date construct, RFC 4287 section 3.3). */
export const RFC3339 =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A tag: URI (RFC 4151): authority (DNS name or email), a date, a specific part. */
export const TAG_URI =
  /^tag:([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|[^@\s]+@[a-z0-9.-]+),\d{4}(-\d{2}(-\d{2})?)?:[\w\-.~!$&'()*+,;=:@/?%]+$/i;

export interface ParsedLink {
  "@_rel"?: string;
  "@_href": string;
  "@_type"?: string;
}
export interface ParsedEntry {
  id: string;
  title: string | { "#text": string };
  updated: string;
  published?: string;
  link: ParsedLink[];
  summary: string | { "#text": string };
  content: { "#text": string; "@_type": string };
  category?: { "@_term": string }[];
  author?: unknown[];
}
export interface ParsedFeed {
  "@_xmlns": string;
  id: string;
  title: unknown;
  updated: string;
  link: ParsedLink[];
  author?: { name: string; uri?: string }[];
  entry?: ParsedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => ["entry", "link", "category", "author"].includes(name),
});

const textOf = (value: unknown) => (typeof value === "string" ? value : ((value as { "#text"?: string })["#text"] ?? ""));

/**
 * Checks what RFC 4287 requires of a feed and its entries (id, title, updated as RFC 3339, an author,
 * a self link, entries' alternate links and content) and returns the parsed feed.
 */
export function expectValidAtom(xml: string): ParsedFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: ParsedFeed }).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(TAG_URI);
  expect(textOf(feed.title)).not.toBe("");
  expect(feed.updated).toMatch(RFC3339);
  const self = feed.link.filter((l) => l["@_rel"] === "self");
  expect(self).toHaveLength(1);
  expect(() => new URL(self[0]!["@_href"])).not.toThrow();
  const entries = feed.entry ?? [];
  const hasFeedAuthor = (feed.author ?? []).some((a) => typeof a.name === "string" && a.name !== "");
  for (const entry of entries) {
    expect(entry.id).toMatch(TAG_URI);
    expect(textOf(entry.title)).not.toBe("");
    expect(entry.updated).toMatch(RFC3339);
    if (entry.published) expect(entry.published).toMatch(RFC3339);
    expect(entry.link.filter((l) => (l["@_rel"] ?? "alternate") === "alternate")).toHaveLength(1);
    expect(textOf(entry.summary)).not.toBe("");
    expect(entry.content["@_type"]).toBe("html");
    expect(hasFeedAuthor || (entry.author ?? []).length > 0).toBe(true);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  const times = entries.map((e) => Date.parse(e.updated));
  expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t <= times[i - 1]!))).toBe(true);
  if (entries.length > 0) expect(Date.parse(feed.updated)).toBeGreaterThanOrEqual(times[0]!);
  return feed;
}
