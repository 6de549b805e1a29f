import type { Event, IsoDate } from "@scomm/core";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { eventGroup, timelineRows, type DisputedRow, type EventGroup } from "../timeline-rows.js";
import { EventItem } from "./event-item.js";

interface EventTimelineProps {
  events: readonly Event[];
  /** The page's date, marked among the events. */
  date: IsoDate;
  intro: string;
}

/** Every event bearing on the jurisdiction, oldest first; records that disagree sit side by side. */
export function EventTimeline({ events, date, intro }: EventTimelineProps) {
  const { m, fill, date: formatDate } = useI18n();
  const titleId = useId();
  const t = m.jurisdiction.timeline;
  const groups = useMemo(() => (["federal", "state", "local"] as const).filter((g) => events.some((e) => eventGroup(e) === g)), [events]);
  const [hidden, setHidden] = useState<ReadonlySet<EventGroup>>(new Set());
  const shown = useMemo(() => events.filter((e) => !hidden.has(eventGroup(e))), [events, hidden]);
  const rows = useMemo(() => timelineRows(shown, date), [shown, date]);
  const toggle = (group: EventGroup) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(group)) next.add(group);
      return next;
    });
  const groupLabel = { federal: t.layers.federal, state: t.layers.state, local: t.local };
  return (
    <section className="event-timeline" aria-labelledby={titleId} data-testid="event-timeline">
      <h3 id={titleId} className="jurisdiction-section__title">
        {t.title} <span className="jurisdiction-section__count">{fill(t.count, { count: new Set(events.map((e) => e.id)).size })}</span>
      </h3>
      <p className="jurisdiction-section__intro">{intro}</p>
      {groups.length > 1 && (
        <fieldset className="event-timeline__filter">
          <legend>{t.filter}</legend>
          {groups.map((group) => (
            <label key={group}>
              <input type="checkbox" checked={!hidden.has(group)} onChange={() => toggle(group)} /> {groupLabel[group]}
            </label>
          ))}
        </fieldset>
      )}
      <ol className="event-timeline__list">
        {rows.map((row) =>
          row.kind === "date" ? (
            <li key="date-mark" className="event-row event-row--mark" data-testid="timeline-date-mark">
              {fill(t.dateMark, { date: formatDate(row.date) })}
            </li>
          ) : row.kind === "event" ? (
            <li key={row.event.id} className={`event-row${row.later ? " event-row--later" : ""}`}>
              <EventItem event={row.event} />
            </li>
          ) : (
            <li
              key={row.events.map((e) => e.id).join("+")}
              className={`event-row event-row--disputed${row.later ? " event-row--later" : ""}`}
            >
              <Disputed row={row} />
            </li>
          ),
        )}
      </ol>
    </section>
  );
}

function Disputed({ row }: { row: DisputedRow }) {
  const { m, fill, date } = useI18n();
  const t = m.jurisdiction.timeline;
  const dates = row.events.map((e) => `${date(e.date, e.datePrecision)} (${e.sources[0]?.publisher ?? e.actor})`).join("; ");
  const usedByMap = row.type === "activated" || row.type === "full_state_activation";
  return (
    <div className="disputed" data-testid="disputed" data-event-ids={row.events.map((e) => e.id).join(" ")}>
      <p className="disputed__title">
        <span aria-hidden="true">⚠ </span>
        {t.disputedTitle}
      </p>
      <p className="disputed__note">
        {usedByMap
          ? fill(t.disputedNote, { dates, used: date(row.used.date, row.used.datePrecision) })
          : fill(t.disputedNoteOther, { dates })}
      </p>
      <div className="disputed__records">
        {row.events.map((event) => (
          <EventItem key={event.id} event={event} used={usedByMap && event.id === row.used.id} />
        ))}
      </div>
    </div>
  );
}
