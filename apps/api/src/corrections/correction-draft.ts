import type { Event, Jurisdiction, PlaceLevel } from "@scomm/core";
import type { Correction } from "@scomm/db";

const PLACE_LEVEL: Record<Jurisdiction["level"], PlaceLevel> = { nation: "federal", state: "state", county: "county" };

/**
 * A new event's draft from a reader's correction of a jurisdiction (no event named): the jurisdiction and the
 * reader's source, with every fact left for the curator to write. Type `other` changes no status, and the words
 * say plainly that it is a draft, so nothing here claims a fact about the program.
 */
export function newEventDraft(id: string, correction: Correction, jurisdiction: Jurisdiction, today: string): Event {
  return {
    id,
    jurisdictionIds: [jurisdiction.id],
    placeName: jurisdiction.name,
    placeLevel: PLACE_LEVEL[jurisdiction.level],
    date: today,
    datePrecision: "day",
    type: "other",
    actor: "To be written by a curator",
    summary: `Draft from a reader's correction (${correction.id}): ${correction.whatIsWrong}`,
    sources: [
      {
        title: "Source a reader suggested",
        publisher: new URL(correction.sourceUrl).hostname,
        date: null,
        url: correction.sourceUrl,
        foundAt: null,
      },
    ],
    confidence: "low",
  };
}
