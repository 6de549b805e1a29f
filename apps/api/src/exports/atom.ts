import type { IsoDate } from "@scomm/core";
import { escapeXml } from "@scomm/render";

/** Atom (RFC 4287) as plain data; `atomXml` writes it. Dates are RFC 3339 timestamps. */
export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related";
  type?: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI: this site uses tag: URIs (RFC 4151). */
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: AtomLink;
  summary: string;
  /** HTML, escaped into a `type="html"` content element. */
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

const text = (name: string, value: string, attrs = "") => `<${name}${attrs}>${escapeXml(value)}</${name}>`;
const link = (l: AtomLink) =>
  `<link rel="${l.rel ?? "alternate"}" href="${escapeXml(l.href)}"${l.type ? ` type="${escapeXml(l.type)}"` : ""}/>`;

function entryXml(e: AtomEntry): string {
  return [
    "<entry>",
    text("id", e.id),
    text("title", e.title, ' type="text"'),
    text("updated", e.updated),
    e.published ? text("published", e.published) : "",
    link(e.link),
    ...(e.categories ?? []).map((c) => `<category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
    text("summary", e.summary, ' type="text"'),
    text("content", e.contentHtml, ' type="html"'),
    "</entry>",
  ].join("");
}

export function atomXml(feed: AtomFeed): string {
  const author = `<author>${text("name", feed.author.name)}${feed.author.uri ? text("uri", feed.author.uri) : ""}</author>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    text("id", feed.id),
    text("title", feed.title, ' type="text"'),
    feed.subtitle ? text("subtitle", feed.subtitle, ' type="text"') : "",
    text("updated", feed.updated),
    link({ href: feed.self, rel: "self", type: "application/atom+xml" }),
    link({ href: feed.alternate, rel: "alternate", type: "text/html" }),
    author,
    ...feed.entries.map(entryXml),
    "</feed>\n",
  ].join("");
}
