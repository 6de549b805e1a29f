import type { IsoDate } from "@scomm/core";
import { escapeXml } from "@scomm/render";
import { Feed } from "feed";

/**
 * Atom (RFC 4287) as plain data; `atomXml` writes it with the `feed` package. Dates are RFC 3339 timestamps.
 * `feed` writes entry titles and summaries as `type="html"`: they are escaped here, so that a reader shows them
 * as the text they are (a county named "A & B", a summary quoting markup).
 */
export interface AtomLink {
  href: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI: this site uses tag: URIs (RFC 4151). */
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: AtomLink;
  summary: string;
  /** HTML, carried in a `type="html"` content element. */
  contentHtml: string;
  categories?: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string };
  entries: readonly AtomEntry[];
}

/** A calendar date as the RFC 3339 timestamp of its first instant, UTC. */
export function rfc3339(date: IsoDate): string {
  return `${date}T00:00:00Z`;
}

export function atomXml(atom: AtomFeed): string {
  const feed = new Feed({
    id: atom.id,
    title: atom.title,
    ...(atom.subtitle ? { description: atom.subtitle } : {}),
    updated: new Date(atom.updated),
    generator: false,
    link: atom.alternate,
    feedLinks: { atom: atom.self },
    author: { name: atom.author.name, ...(atom.author.uri ? { link: atom.author.uri } : {}) },
  });
  for (const entry of atom.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeXml(entry.title),
      link: entry.link.href,
      date: new Date(entry.updated),
      ...(entry.published ? { published: new Date(entry.published) } : {}),
      description: escapeXml(entry.summary),
      content: entry.contentHtml,
      category: (entry.categories ?? []).map((c) => ({ term: c.term, name: c.label })),
    });
  }
  return `${feed.atom1()}\n`;
}
