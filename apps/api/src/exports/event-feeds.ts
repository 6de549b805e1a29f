import type { Event, IsoDate, Jurisdiction, Source, StatusModel } from "@scomm/core";
import { escapeXml, SITE_NAME } from "@scomm/render";
import { atomXml, rfc3339, type AtomEntry, type AtomFeed } from "./atom.js";
import { EVENT_TYPE_LABELS } from "./event-type-labels.js";
import { allEvents, eventsAround } from "./model-events.js";

/** The newest events a feed carries; older ones are in /data/events.csv. */
export const FEED_LENGTH = 200;
/** The date in this site's tag: URIs (RFC 4151): when the site began naming things with its host name. */
const TAG_DATE = "2026";

/** `tag:<host>,2026:<specific>`; the host alone, since a tag's authority may carry no port. */
export function tagUri(siteUrl: string, specific: string): string {
  return `tag:${new URL(siteUrl).hostname},${TAG_DATE}:${specific}`;
}

function pageOf(siteUrl: string, id: string): string {
  return id === "US" ? `${siteUrl}/` : `${siteUrl}/j/${id}`;
}

function sourceHtml(s: Source): string {
  const href = s.url ?? s.foundAt;
  const title = href && /^https?:\/\//.test(href) ? `<a href="${escapeXml(href)}">${escapeXml(s.title)}</a>` : escapeXml(s.title);
  const stored = s.foundAt && s.url && s.foundAt !== s.url ? ` (read at: ${escapeXml(s.foundAt)})` : "";
  return `<li>${title}, ${escapeXml(s.publisher)}${s.date ? `, ${escapeXml(s.date)}` : ""}${stored}</li>`;
}

export function eventEntry(event: Event, siteUrl: string): AtomEntry {
  const typeLabel = EVENT_TYPE_LABELS[event.type];
  const facts = [
    `${event.date}${event.datePrecision === "day" ? "" : ` (dated to the ${event.datePrecision})`}`,
    event.placeName,
    event.actor,
    `confidence ${event.confidence}`,
  ];
  return {
    id: tagUri(siteUrl, `event:${event.id}`),
    title: `${event.placeName}: ${typeLabel}`,
    updated: rfc3339(event.date),
    published: rfc3339(event.date),
    link: { href: `${pageOf(siteUrl, event.jurisdictionIds[0]!)}#event-${encodeURIComponent(event.id)}`, type: "text/html" },
    summary: event.summary,
    contentHtml:
      `<p>${escapeXml(event.summary)}</p><p>${facts.map(escapeXml).join(" · ")}</p>` +
      `<p>Sources:</p><ul>${event.sources.map(sourceHtml).join("")}</ul>`,
    categories: [{ term: event.type, label: typeLabel }],
  };
}

/** Newest first (by date, then id), at most FEED_LENGTH. */
function newest(events: readonly Event[]): Event[] {
  return [...events].reverse().slice(0, FEED_LENGTH);
}

function feed(events: Event[], siteUrl: string, today: IsoDate, parts: Pick<AtomFeed, "id" | "title" | "subtitle" | "self" | "alternate">): string {
  const entries = events.map((e) => eventEntry(e, siteUrl));
  return atomXml({ ...parts, updated: entries[0]?.updated ?? rfc3339(today), author: { name: SITE_NAME, uri: `${siteUrl}/` }, entries });
}

/** /feed.atom: the newest events anywhere. */
export function siteFeed(model: StatusModel, siteUrl: string, today: IsoDate): string {
  return feed(newest(allEvents(model)), siteUrl, today, {
    id: tagUri(siteUrl, "feed"),
    title: `${SITE_NAME}: Secure Communities events`,
    subtitle: "Dated, sourced events of the Secure Communities program, newest first.",
    self: `${siteUrl}/feed.atom`,
    alternate: `${siteUrl}/`,
  });
}

/** /j/<fips>/feed.atom: the jurisdiction's events, its state's and the federal ones. */
export function jurisdictionFeed(model: StatusModel, jurisdiction: Jurisdiction, siteUrl: string, today: IsoDate): string {
  const place = jurisdiction.level === "county" ? `${jurisdiction.name}, ${jurisdiction.stateCode}` : jurisdiction.name;
  return feed(newest(eventsAround(model, jurisdiction.id)), siteUrl, today, {
    id: tagUri(siteUrl, `feed:j:${jurisdiction.id}`),
    title: `${SITE_NAME}: ${place}`,
    subtitle: `Secure Communities events for ${place}${jurisdiction.level === "county" ? ", its state" : ""} and the federal government, newest first.`,
    self: `${siteUrl}/j/${jurisdiction.id}/feed.atom`,
    alternate: pageOf(siteUrl, jurisdiction.id),
  });
}
