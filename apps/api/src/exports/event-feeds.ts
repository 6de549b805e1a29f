import type { Event, IsoDate, Jurisdiction, Source, StatusModel } from "@scomm/core";
import type { PublicRevision, Retraction } from "@scomm/db";
import { escapeXml, SITE_NAME } from "@scomm/render";
import { atomXml, rfc3339, type AtomEntry, type AtomFeed } from "./atom.js";
import { EVENT_TYPE_LABELS_BY_LANG } from "@scomm/render";
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

/** An event's public steps (published, corrected), oldest first: what its feed entry says besides the event. */
export type EventHistory = ReadonlyMap<string, readonly PublicRevision[]>;

/** What the feeds say besides the published record: each event's public steps, and the events retracted from it. */
export interface FeedRecord {
  history: EventHistory;
  retractions: readonly Retraction[];
}

/** The public revisions grouped per event. */
export function historyByEvent(revisions: readonly PublicRevision[]): EventHistory {
  const byEvent = new Map<string, PublicRevision[]>();
  for (const r of revisions) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
  return byEvent;
}

/**
 * When the entry first went public and when it last changed: a curator's new event at its first publish, a
 * correction at its publish; a dataset event nobody changed at its own date.
 */
function entryTimes(event: Event, steps: readonly PublicRevision[] = []): { published: string; updated: string } {
  const first = steps.find((s) => s.change === "published");
  const last = steps.at(-1);
  return { published: first?.changedAt ?? rfc3339(event.date), updated: last?.changedAt ?? rfc3339(event.date) };
}

function correctionsHtml(steps: readonly PublicRevision[]): string {
  const corrected = steps.filter((s) => s.change === "corrected");
  return corrected.map((s) => `<p>Corrected on ${s.changedAt.slice(0, 10)}${s.reason ? `: ${escapeXml(s.reason)}` : ""}</p>`).join("");
}

export function eventEntry(event: Event, siteUrl: string, steps: readonly PublicRevision[] = []): AtomEntry {
  const typeLabel = EVENT_TYPE_LABELS_BY_LANG.en[event.type];
  const facts = [
    `${event.date}${event.datePrecision === "day" ? "" : ` (dated to the ${event.datePrecision})`}`,
    event.placeName,
    event.actor,
    `confidence ${event.confidence}`,
  ];
  return {
    id: tagUri(siteUrl, `event:${event.id}`),
    title: `${event.placeName}: ${typeLabel}`,
    ...entryTimes(event, steps),
    link: { href: `${pageOf(siteUrl, event.jurisdictionIds[0]!)}#event-${encodeURIComponent(event.id)}` },
    summary: event.summary,
    contentHtml:
      `<p>${escapeXml(event.summary)}</p><p>${facts.map(escapeXml).join(" · ")}</p>${correctionsHtml(steps)}` +
      `<p>Sources:</p><ul>${event.sources.map(sourceHtml).join("")}</ul>`,
    categories: [{ term: event.type, label: typeLabel }],
  };
}

/**
 * A retracted event's entry: the same id as its entry had, so a reader's feed replaces it, saying when and why
 * it left the record and what it said.
 */
export function retractionEntry({ event, changedAt, reason }: Retraction, siteUrl: string): AtomEntry {
  const typeLabel = EVENT_TYPE_LABELS_BY_LANG.en[event.type];
  const why = `Retracted on ${changedAt.slice(0, 10)}${reason ? `: ${reason}` : ""}`;
  return {
    id: tagUri(siteUrl, `event:${event.id}`),
    title: `Retracted: ${event.placeName}: ${typeLabel}`,
    updated: changedAt,
    link: { href: pageOf(siteUrl, event.jurisdictionIds[0]!) },
    summary: why,
    contentHtml: `<p>${escapeXml(why)}</p><p>It read: ${escapeXml(event.summary)} (${escapeXml(event.date)}, ${escapeXml(event.placeName)})</p>`,
    categories: [{ term: event.type, label: typeLabel }],
  };
}

/**
 * The FEED_LENGTH entries changed last: newest first by when each went public, was last corrected or was
 * retracted (a new or corrected event of 2011 comes first the day it is published), then by the event's date and id.
 */
function newestEntries(events: readonly Event[], { history, retractions }: FeedRecord, siteUrl: string): AtomEntry[] {
  const onRecord = new Set(events.map((e) => e.id));
  const byChange = [
    ...[...events].reverse().map((event) => ({
      at: Date.parse(entryTimes(event, history.get(event.id)).updated),
      entry: () => eventEntry(event, siteUrl, history.get(event.id)),
    })),
    ...retractions
      .filter((r) => !onRecord.has(r.eventId))
      .map((r) => ({ at: Date.parse(r.changedAt), entry: () => retractionEntry(r, siteUrl) })),
  ];
  byChange.sort((a, b) => b.at - a.at);
  return byChange.slice(0, FEED_LENGTH).map(({ entry }) => entry());
}

function feed(
  entries: AtomEntry[],
  siteUrl: string,
  today: IsoDate,
  parts: Pick<AtomFeed, "id" | "title" | "subtitle" | "self" | "alternate">,
): string {
  return atomXml({ ...parts, updated: entries[0]?.updated ?? rfc3339(today), author: { name: SITE_NAME, uri: `${siteUrl}/` }, entries });
}

/** /feed.atom: the newest events anywhere, and the newest published, corrected or retracted. */
export function siteFeed(model: StatusModel, record: FeedRecord, siteUrl: string, today: IsoDate): string {
  return feed(newestEntries(allEvents(model), record, siteUrl), siteUrl, today, {
    id: tagUri(siteUrl, "feed"),
    title: `${SITE_NAME}: Secure Communities events`,
    subtitle: "Dated, sourced events of the Secure Communities program, newest or newly corrected first.",
    self: `${siteUrl}/feed.atom`,
    alternate: `${siteUrl}/`,
  });
}

/** /j/<fips>/feed.atom: the jurisdiction's events, its state's and the federal ones. */
export function jurisdictionFeed(
  model: StatusModel,
  record: FeedRecord,
  jurisdiction: Jurisdiction,
  siteUrl: string,
  today: IsoDate,
): string {
  const place = jurisdiction.level === "county" ? `${jurisdiction.name}, ${jurisdiction.stateCode}` : jurisdiction.name;
  const around = new Set([jurisdiction.id, "US", ...(jurisdiction.stateFips ? [jurisdiction.stateFips] : [])]);
  const retractions = record.retractions.filter((r) => r.event.jurisdictionIds.some((id) => around.has(id)));
  return feed(newestEntries(eventsAround(model, jurisdiction.id), { ...record, retractions }, siteUrl), siteUrl, today, {
    id: tagUri(siteUrl, `feed:j:${jurisdiction.id}`),
    title: `${SITE_NAME}: ${place}`,
    subtitle: `Secure Communities events for ${place}${jurisdiction.level === "county" ? ", its state" : ""} and the federal government, newest or newly corrected first.`,
    self: `${siteUrl}/j/${jurisdiction.id}/feed.atom`,
    alternate: pageOf(siteUrl, jurisdiction.id),
  });
}
