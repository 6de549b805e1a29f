import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../../lib/trpc.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { CorrectionFacts } from "./correction-facts.js";
import "../corrections.css";

/** `/corrections/<token>`: the reader's private view of their correction, where it stands and why. */
export function CorrectionPage({ token }: { token: string }) {
  const { m, fill, place } = useI18n();
  const c = m.corrections.outcome;
  const trpc = useTRPC();
  const outcome = useQuery({ ...trpc.corrections.outcome.queryOptions({ token }), retry: false });
  useDocumentTitle(c.documentTitle);
  const data = outcome.data;
  const body = outcome.error ? (
    <p role="alert">{outcome.error.data?.code === "NOT_FOUND" ? c.notFound : fill(c.failed, { message: outcome.error.message })}</p>
  ) : !data ? (
    <p role="status">{c.loading}</p>
  ) : (
    <>
      <section
        className={`correction-page__status correction-page__status--${data.status}`}
        aria-labelledby="correction-status"
        data-testid="correction-status"
        data-status={data.status}
      >
        <p className="correction-page__status-value" id="correction-status">
          <span className="visually-hidden">{c.statusLabel}: </span>
          {c.status[data.status]}
        </p>
        <p>{c.statusExplained[data.status]}</p>
        {data.curatorReason && (
          <p data-testid="correction-reason">
            <strong>{c.reason}:</strong> <span>{data.curatorReason}</span>
          </p>
        )}
      </section>
      <CorrectionFacts outcome={data} />
      {data.jurisdictionName && (
        <p>
          <InternalLink route={{ page: "jurisdiction", id: data.jurisdictionId }}>
            {fill(c.backToPlace, { place: place(data.jurisdictionName) })}
          </InternalLink>
        </p>
      )}
    </>
  );
  return (
    <main id="main" tabIndex={-1} className="correction-page" data-testid="correction-page">
      <h2 className="correction-page__title">{c.title}</h2>
      {body}
    </main>
  );
}
