import type { Event, Source } from "@scomm/core";

/**
 * An event in one fixed form: keys in eventSchema's order, each source's keys in sourceSchema's order, and the
 * Spanish text left out where there is none (absent, undefined and null all mean "none"). Two copies of the same
 * content (one read from the files, one from the database) give the same form, whatever their key order.
 */
export function canonicalEvent(event: Event): Event {
  return {
    id: event.id,
    jurisdictionIds: [...event.jurisdictionIds],
    placeName: event.placeName,
    placeLevel: event.placeLevel,
    date: event.date,
    datePrecision: event.datePrecision,
    type: event.type,
    actor: event.actor,
    summary: event.summary,
    ...(event.actorEs ? { actorEs: event.actorEs } : {}),
    ...(event.summaryEs ? { summaryEs: event.summaryEs } : {}),
    sources: event.sources.map(canonicalSource),
    confidence: event.confidence,
  };
}

function canonicalSource(source: Source): Source {
  return { title: source.title, publisher: source.publisher, date: source.date, url: source.url ?? null, foundAt: source.foundAt ?? null };
}

/** The event's content as one string: equal strings, equal content. */
export function eventContent(event: Event): string {
  return JSON.stringify(canonicalEvent(event));
}

/** The top-level fields in which two events' contents differ, in eventSchema's order. */
export function differingFields(a: Event, b: Event): string[] {
  const left: Record<string, unknown> = canonicalEvent(a);
  const right: Record<string, unknown> = canonicalEvent(b);
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]));
}
