import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../lib/trpc.js";

/** An open correction's reason (required, the reader sees it) with accept and reject; `onSettled` gets what to announce. */
export function SettleControls({ id: correctionId, onSettled }: { id: string; onSettled: (notice: string) => void }) {
  const { m, fill } = useI18n();
  const q = m.corrections.queue;
  const id = useId();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [needsReason, setNeedsReason] = useState(false);
  const accept = useMutation(
    trpc.corrections.accept.mutationOptions({ onSuccess: ({ draftEventId }) => onSettled(fill(q.accepted, { id: draftEventId })) }),
  );
  const reject = useMutation(trpc.corrections.reject.mutationOptions({ onSuccess: () => onSettled(q.rejected) }));
  const settle = (which: typeof accept | typeof reject) => {
    setNeedsReason(reason.trim() === "");
    if (reason.trim() !== "") which.mutate({ id: correctionId, reason });
  };
  const error = accept.error ?? reject.error;
  return (
    <div className="correction-card__settle">
      <label htmlFor={`${id}-reason`}>{q.reason}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={needsReason || undefined}
        aria-describedby={needsReason ? `${id}-problem` : undefined}
      />
      {needsReason && (
        <span id={`${id}-problem`} className="correction-form__problem">
          {q.reasonNeeded}
        </span>
      )}
      <p className="correction-form__actions">
        <button
          type="button"
          className="export-button suggest-button suggest-button--primary"
          disabled={accept.isPending}
          onClick={() => settle(accept)}
        >
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
  );
}
