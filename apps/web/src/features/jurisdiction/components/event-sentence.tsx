import { eventText } from "../../../lib/event-text.js";
import type { Event } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

/**
 * An event in plain words: what happened, when (at the precision it is known) and who did it, then what
 * it meant: "Illinois terminated its agreement with ICE on May 4, 2011 (Governor Pat Quinn) — while it
 * objects, …". Actors are in the reader's language where the record has them.
 */
export function EventSentence({ event, consequence }: { event: Event; consequence?: string | null }) {
  const { m, fill, date, lang } = useI18n();
  const text = eventText(event, lang);
  const nationwide = event.placeLevel === "federal" && event.type === "opt_out_denied";
  const what = nationwide ? m.jurisdiction.didNationwide.opt_out_denied : fill(m.jurisdiction.did[event.type], { place: event.placeName });
  const when = fill(m.jurisdiction.when[event.datePrecision], { date: date(event.date, event.datePrecision) });
  return (
    <>
      {what} <time dateTime={event.date}>{when}</time> (<span lang={text.lang}>{bracketed(text.actor)}</span>)
      {consequence ? ` — ${consequence}` : ""}
    </>
  );
}

/** Parentheses inside parentheses become brackets: "(County Board [resolution by J. Walter Tejada])". */
function bracketed(text: string): string {
  return text.replace(/\(/g, "[").replace(/\)/g, "]");
}
