import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { dayOf, type HistoryStep } from "../event-history.js";
import { useEventHistory } from "../event-history-context.js";

/**
 * Under an event a curator published or corrected: "Corrected on <date>: <reason>" for its latest correction,
 * and its public history one click away (a disclosure). Nothing for an event nobody changed.
 */
export function EventHistoryNote({ eventId }: { eventId: string }) {
  const { m, fill, date } = useI18n();
  const h = m.corrections.history;
  const history = useEventHistory(eventId);
  if (!history) return null;
  const last = history.lastCorrection;
  const stepText = (step: HistoryStep) =>
    fill(step.change === "published" ? h.published : step.change === "corrected" ? h.correctedStep : h.retracted, {
      date: date(dayOf(step.changedAt)),
    });
  return (
    <div className="event-history" data-testid="event-history">
      {last && (
        <p className="event-history__corrected" data-testid="event-corrected">
          {last.reason
            ? fill(h.corrected, { date: date(dayOf(last.changedAt)), reason: last.reason })
            : fill(h.correctedNoReason, { date: date(dayOf(last.changedAt)) })}
        </p>
      )}
      <details className="event-history__details">
        <summary>{fill(h.show, { count: String(history.steps.length) })}</summary>
        <ol className="event-history__steps">
          {!history.steps.some((s) => s.change === "published") && <li>{h.fromDataset}</li>}
          {history.steps.map((step) => (
            <li key={step.changedAt + step.change}>
              {stepText(step)}
              {step.reason ? `: ${step.reason}` : ""}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
