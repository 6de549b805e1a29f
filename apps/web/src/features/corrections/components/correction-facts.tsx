import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { RouterOutputs } from "../../../lib/trpc.js";
import { dayOf } from "../../jurisdiction/event-history.js";

/** What the reader sent and when, as they wrote it (rendered as text), and when it was decided. */
export function CorrectionFacts({ outcome: data }: { outcome: RouterOutputs["corrections"]["outcome"] }) {
  const { m, date, place } = useI18n();
  const c = m.corrections.outcome;
  return (
    <dl className="correction-page__facts">
      <dt>{c.about}</dt>
      <dd>
        {data.jurisdictionName
          ? `${place(data.jurisdictionName)}${data.stateCode && data.jurisdictionId.length === 5 ? `, ${data.stateCode}` : ""}`
          : data.jurisdictionId}
      </dd>
      {data.event && (
        <>
          <dt>{c.event}</dt>
          <dd>
            {date(data.event.date, data.event.datePrecision)} · {m.jurisdiction.eventTypes[data.event.type]} (
            <span lang="en">{data.event.placeName}</span>)
          </dd>
        </>
      )}
      <dt>{c.sent}</dt>
      <dd>{date(dayOf(data.createdAt))}</dd>
      {data.settledAt && (
        <>
          <dt>{c.settled}</dt>
          <dd>{date(dayOf(data.settledAt))}</dd>
        </>
      )}
      <dt>{c.yourText}</dt>
      <dd>{data.whatIsWrong}</dd>
      <dt>{c.yourSource}</dt>
      <dd>{data.sourceUrl}</dd>
    </dl>
  );
}
