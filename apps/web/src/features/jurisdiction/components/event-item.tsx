import { eventText } from "../../../lib/event-text.js";
import { GlossaryLink } from "../../about/components/glossary-link.js";
import type { Event } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { SuggestButton } from "../../corrections/components/correction-provider.js";
import { EventHistoryNote } from "./event-history-note.js";
import { SourceList } from "./source-list.js";

/** One event of the timeline: its date at its precision, who and where, what, and every source. */
export function EventItem({ event, used = false }: { event: Event; used?: boolean }) {
  const { m, date, lang } = useI18n();
  const t = m.jurisdiction.timeline;
  const text = eventText(event, lang);
  return (
    <div className={`event-item${used ? " event-item--used" : ""}`} data-event-id={event.id}>
      <p className="event-item__date">
        <time dateTime={event.date}>{date(event.date, event.datePrecision)}</time>
      </p>
      <div className="event-item__body">
        <p className="event-item__meta">
          <span className={`layer-badge layer-badge--${event.placeLevel}`}>{t.layers[event.placeLevel]}</span>{" "}
          <span lang="en">{event.placeName}</span>
          {" · "}
          <strong>{m.jurisdiction.eventTypes[event.type]}</strong>
          {" · "}
          <span className={`confidence confidence--${event.confidence}`}>
            <GlossaryLink term="confidence">{t.confidence[event.confidence]}</GlossaryLink>
          </span>
        </p>
        <p className="event-item__actor">
          <span className="event-item__label">{t.actor}:</span> <span lang={text.lang}>{text.actor}</span>
        </p>
        <p className="event-item__summary" lang={text.lang}>
          {text.summary}
        </p>
        <SourceList sources={event.sources} />
        <EventHistoryNote eventId={event.id} />
        <SuggestButton
          event={{
            id: event.id,
            date: event.date,
            datePrecision: event.datePrecision,
            what: `${m.jurisdiction.eventTypes[event.type]} (${event.placeName})`,
          }}
          label={m.corrections.suggestEvent}
          context={`${date(event.date, event.datePrecision)}, ${m.jurisdiction.eventTypes[event.type]}`}
          className="suggest-button suggest-button--quiet"
        />
      </div>
    </div>
  );
}
