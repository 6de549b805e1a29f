import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { InternalLink } from "../../components/internal-link.js";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import { useTRPC, type RouterOutputs } from "../../lib/trpc.js";
import { dayOf } from "../jurisdiction/event-history.js";

type Correction = RouterOutputs["corrections"]["queue"][number];

/** One reader's correction: what they wrote (as text), their source and contact, and, while open, accept or reject. */
/** `onSettled` gets what to announce: the card leaves the open list once its correction is settled. */
export function CorrectionCard({ correction, onSettled }: { correction: Correction; onSettled: (notice: string) => void }) {
  const { m, fill, date, place } = useI18n();
  const q = m.corrections.queue;
  const id = useId();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [needsReason, setNeedsReason] = useState(false);
  const accept = useMutation(trpc.corrections.accept.mutationOptions({ onSuccess: ({ draftEventId }) => onSettled(fill(q.accepted, { id: draftEventId })) }));
  const reject = useMutation(trpc.corrections.reject.mutationOptions({ onSuccess: () => onSettled(q.rejected) }));
  const settle = (which: typeof accept | typeof reject) => {
    setNeedsReason(reason.trim() === "");
    if (reason.trim() !== "") which.mutate({ id: correction.id, reason });
  };
  const error = accept.error ?? reject.error;
  return (
    <article className="correction-card" aria-labelledby={`${id}-title`} data-testid="correction-card" data-correction-id={correction.id}>
      <h3 id={`${id}-title`} className="correction-card__title">
        <InternalLink route={{ page: "jurisdiction", id: correction.jurisdictionId }}>{correction.jurisdictionName ? place(correction.jurisdictionName) : correction.jurisdictionId}</InternalLink>
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
        <div className="correction-card__settle">
          <label htmlFor={`${id}-reason`}>{q.reason}</label>
          <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={needsReason || undefined} aria-describedby={needsReason ? `${id}-problem` : undefined} />
          {needsReason && <span id={`${id}-problem`} className="correction-form__problem">{q.reasonNeeded}</span>}
          <p className="correction-form__actions">
            <button type="button" className="export-button suggest-button suggest-button--primary" disabled={accept.isPending} onClick={() => settle(accept)}>
              {q.accept}
            </button>
            <button type="button" className="export-button suggest-button" disabled={reject.isPending} onClick={() => settle(reject)}>
              {q.reject}
            </button>
          </p>
          {error && (
            <p role="alert" className="correction-form__problem">
              {error.message}
            </p>
          )}
        </div>
      ) : (
        <p className="correction-card__meta">
          {q.settledReason}: {correction.curatorReason}
          {correction.draftEventId ? ` · ${q.draft}: ${correction.draftEventId}` : ""}
        </p>
      )}
    </article>
  );
}
