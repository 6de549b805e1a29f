import type { Event } from "@scomm/core";
import { eventContent } from "../event-content.js";
import { placeJurisdiction } from "../places.js";
import type { CheckContext } from "../located-event.js";
import type { RawEvent } from "../raw-event.js";
import { checkEventRow } from "../researched-events.js";
import { stateByFips } from "../states.js";

type RawJurisdiction = RawEvent["jurisdiction"];

/** Spanish text lives in its own file (sc-events-es.json): rows are compared without it. */
const withoutSpanish = ({ actorEs: _actor, summaryEs: _summary, ...event }: Event): Event => event;

/**
 * An event as a row of the events files. The row it had in the files is kept as it is (same keys, same order,
 * same bytes) when it still reads as this event; otherwise the row is written afresh in the files' key order.
 */
export function toRawEvent(event: Event, previous: unknown, ctx: CheckContext): unknown {
  const checked = previous === undefined ? undefined : checkEventRow(previous, ctx);
  if (checked && "event" in checked && eventContent(withoutSpanish(checked.event)) === eventContent(withoutSpanish(event))) return previous;
  return {
    id: event.id,
    date: event.date,
    date_precision: event.datePrecision,
    jurisdiction: rawJurisdiction(event, previous, ctx),
    type: event.type,
    actor: event.actor,
    summary: event.summary,
    sources: event.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      url: s.url ?? null,
      found_at: s.foundAt ?? null,
    })),
    confidence: event.confidence,
  } satisfies RawEvent;
}

/**
 * The `jurisdiction` object that places the event on its jurisdiction ids: the row's previous one if it still
 * does, else the first of the ways the files write a place (a city by its known name, else with `county_fips`).
 */
function rawJurisdiction(event: Event, previous: unknown, ctx: CheckContext): RawJurisdiction {
  const candidates = [previousJurisdiction(previous), ...writtenPlaces(event)].filter((c): c is RawJurisdiction => c !== undefined);
  const places = (j: RawJurisdiction) => {
    const placement = placeJurisdiction(j, ctx.countyFips);
    return (
      j.name === event.placeName &&
      j.level === event.placeLevel &&
      "ids" in placement &&
      placement.ids.join() === event.jurisdictionIds.join()
    );
  };
  return candidates.find(places) ?? (candidates.at(-1) as RawJurisdiction);
}

function writtenPlaces({ placeName: name, placeLevel: level, jurisdictionIds: [first = ""] }: Event): RawJurisdiction[] {
  if (level === "federal") return [{ name, level, state: null, fips: null }];
  const state = stateByFips.get(first.slice(0, 2))?.code ?? null;
  if (level === "city")
    return [
      { name, level, state, fips: null },
      { name, level, state, fips: null, county_fips: first },
    ];
  return [{ name, level, state, fips: first }];
}

function previousJurisdiction(previous: unknown): RawJurisdiction | undefined {
  if (typeof previous !== "object" || previous === null || !("jurisdiction" in previous)) return undefined;
  return previous.jurisdiction as RawJurisdiction;
}
