import type { RouterOutputs } from "../../../lib/trpc.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

type RecordSummary = RouterOutputs["record"]["summary"];

/** "Events through <date>; last updated <date>", and how many events of each kind the record holds. */
export function RecordDates({ summary }: { summary: RecordSummary | null }) {
  const { m, fill, date, number } = useI18n();
  const a = m.about.record;
  return (
    <section aria-labelledby="about-record" className="about-page__record" data-testid="record-dates">
      <h3 id="about-record">{a.title}</h3>
      {summary ? (
        <>
          <p>{fill(a.through, { date: summary.eventsThrough ? date(summary.eventsThrough) : "–", updated: date(summary.updated) })}</p>
          <p>
            {fill(a.counts, { researched: number(summary.researchedEvents), roster: number(summary.events - summary.researchedEvents) })}
          </p>
        </>
      ) : (
        <p role="status">{a.loading}</p>
      )}
    </section>
  );
}
