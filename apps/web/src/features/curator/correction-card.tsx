import { useId } from "react";
import { InternalLink } from "../../components/internal-link.js";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import type { RouterOutputs } from "../../lib/trpc.js";
import { dayOf } from "../jurisdiction/event-history.js";
import { SettleControls } from "./settle-controls.js";

type Correction = RouterOutputs["corrections"]["queue"][number];

/** One reader's correction: what they wrote (as text), their source and contact, and, while open, accept or reject. */
/** `onSettled` gets what to announce: the card leaves the open list once its correction is settled. */
export function CorrectionCard({ correction, onSettled }: { correction: Correction; onSettled: (notice: string) => void }) {
  const { m, date, place } = useI18n();
  const q = m.corrections.queue;
  const id = useId();
  return (
    <article className="correction-card" aria-labelledby={`${id}-title`} data-testid="correction-card" data-correction-id={correction.id}>
      <h3 id={`${id}-title`} className="correction-card__title">
        <InternalLink route={{ page: "jurisdiction", id: correction.jurisdictionId }}>
          {correction.jurisdictionName ? place(correction.jurisdictionName) : correction.jurisdictionId}
        </InternalLink>
        <span className="correction-card__event">
          {" · "}
          {q.event}:{" "}
          {correction.event
            ? `${date(correction.event.date, correction.event.datePrecision)}, ${m.jurisdiction.eventTypes[correction.event.type]} (${correction.eventId})`
            : (correction.eventId ?? q.noEvent)}
        </span>
      </h3>
      <p className="correction-card__meta">
        {q.sent}: {date(dayOf(correction.createdAt))} · {q.contact}: {correction.contact ?? q.noContact}
      </p>
      <p className="correction-card__text">{correction.whatIsWrong}</p>
      <p className="correction-card__source">
        <a href={correction.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
          {correction.sourceUrl}
        </a>
      </p>
      {correction.status === "open" ? (
        <SettleControls id={correction.id} onSettled={onSettled} />
      ) : (
        <p className="correction-card__meta">
          {q.settledReason}: {correction.curatorReason}
          {correction.draftEventId ? ` · ${q.draft}: ${correction.draftEventId}` : ""}
        </p>
      )}
    </article>
  );
}
