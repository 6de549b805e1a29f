import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { SegmentedChoice } from "../../components/segmented-choice.js";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../lib/trpc.js";
import { useDocumentTitle } from "../../lib/use-document-title.js";
import { CorrectionCard } from "./correction-card.js";
import "./correction-queue.css";

type Status = "open" | "accepted" | "rejected";

/**
 * `/curator/corrections`: readers' corrections for a signed-in curator, open ones first-come first-served, with
 * the accepted and rejected ones a click away. Self-contained: a reader who is not signed in is told to sign in.
 */
export function CorrectionQueue() {
  const { m, fill } = useI18n();
  const q = m.corrections.queue;
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status>("open");
  const queue = useQuery({ ...trpc.corrections.queue.queryOptions({ status }), retry: false });
  const client = useQueryClient();
  const [notice, setNotice] = useState("");
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The settled card leaves the open list with the button that had focus: focus goes to what happened.
  const settled = (message: string) => {
    setNotice(message);
    noticeRef.current?.focus();
    void client.invalidateQueries({ queryKey: trpc.corrections.queue.queryKey() });
  };
  useDocumentTitle(q.documentTitle);
  const code = queue.error?.data?.code;
  return (
    <section className="correction-page" data-testid="correction-queue">
      <h2 className="correction-page__title">{q.title}</h2>
      <p className="correction-queue__intro">{q.intro}</p>
      {code === "UNAUTHORIZED" ? (
        <p role="alert">
          {q.signIn} <a href="/curator">{q.signInLink}</a>
        </p>
      ) : (
        <>
          <SegmentedChoice
            name="correction-status"
            legend={q.title}
            choices={(["open", "accepted", "rejected"] as const).map((value) => ({ value, label: q.tabs[value] }))}
            value={status}
            onChange={setStatus}
          />
          <p role="status" className="correction-queue__notice" data-testid="correction-notice" tabIndex={-1} ref={noticeRef}>
            {notice}
          </p>
          {queue.error ? (
            <p role="alert">{fill(q.failed, { message: queue.error.message })}</p>
          ) : !queue.data ? (
            <p role="status">{q.loading}</p>
          ) : queue.data.length === 0 ? (
            <p>{q.empty}</p>
          ) : (
            <ol className="correction-queue__list">
              {queue.data.map((correction) => (
                <li key={correction.id}>
                  <CorrectionCard correction={correction} onSettled={settled} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

export default CorrectionQueue;
