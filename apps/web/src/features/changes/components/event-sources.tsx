import { eventText } from "../../../lib/event-text.js";
import type { DatePrecision, Event, Source } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

/** A source's date as precise as it is given: "2011", "June 2011" or "June 1, 2011". */
function sourceDate(date: string): { iso: string; precision: DatePrecision } {
  if (date.length === 4) return { iso: `${date}-01-01`, precision: "year" };
  if (date.length === 7) return { iso: `${date}-01`, precision: "month" };
  return { iso: date, precision: "day" };
}

function SourceLink({ source }: { source: Source }) {
  const i18n = useI18n();
  const href = source.url ?? source.foundAt;
  const when = source.date ? sourceDate(source.date) : null;
  return (
    <li className="event-source">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer" title={source.title}>
          {source.publisher}
        </a>
      ) : (
        <span title={source.title}>{source.publisher}</span>
      )}
      {when && <span className="event-source__date">, {i18n.date(when.iso, when.precision)}</span>}
    </li>
  );
}

/** One event: when, where, who, what, and every source with its link. */
export function EventWithSources({ event }: { event: Event }) {
  const i18n = useI18n();
  const text = eventText(event, i18n.lang);
  return (
    <li className="change-event" data-testid="change-event" data-event-id={event.id}>
      <p className="change-event__head">
        <time dateTime={event.date}>{i18n.date(event.date, event.datePrecision)}</time>
        <span className="change-event__place">{event.placeName}</span>
        <span className="change-event__actor" lang={text.lang}>
          {text.actor}
        </span>
      </p>
      <p className="change-event__summary" lang={text.lang}>
        {text.summary}
      </p>
      <SourceList sources={event.sources} />
    </li>
  );
}

/** "Sources: Publisher, date; Publisher, date", each linked. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { m } = useI18n();
  return (
    <div className="change-event__sources">
      <span className="change-event__sources-label">{m.changes.sources}:</span>
      <ul>
        {sources.map((source, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an event's sources are a fixed list without ids; two may share a title.
          <SourceLink key={k} source={source} />
        ))}
      </ul>
    </div>
  );
}

/** Counties switched on one by one from the same roster: one line of why, the dates beside each name. */
export function SwitchOnsWithSources({ events }: { events: readonly Event[] }) {
  const i18n = useI18n();
  const dates = events.map((e) => e.date).sort();
  const first = events[0];
  if (!first) return null;
  const [earliest, latest] = [dates[0]!, dates.at(-1)!];
  return (
    <li className="change-event" data-testid="change-event" data-event-id={first.id}>
      <p className="change-event__head">
        <span>
          <time dateTime={earliest}>{i18n.date(earliest)}</time>
          {latest !== earliest && (
            <>
              {" – "}
              <time dateTime={latest}>{i18n.date(latest)}</time>
            </>
          )}
        </span>
        <span className="change-event__actor">{first.actor}</span>
      </p>
      <p className="change-event__summary">{i18n.m.changes.switchOns}</p>
      <SourceList sources={first.sources} />
    </li>
  );
}
