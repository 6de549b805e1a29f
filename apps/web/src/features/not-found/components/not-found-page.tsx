import { useEffect, useId, useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { InternalLink } from "../../../components/internal-link.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { OptionDetail } from "../../search/components/option-detail.js";
import { SearchBox } from "../../search/components/search-box.js";
import { searchOptions } from "../../search/search-options.js";
import { useSearchIndex } from "../../search/use-search-index.js";
import { closestMatches, typedName } from "../closest-matches.js";
import "../not-found.css";

interface NotFoundPageProps {
  /** "malformed": /j/<not a FIPS>; "unknown": a FIPS no state or county has; "path": no such page. */
  reason: "malformed" | "unknown" | "path";
  /** The id or path as it was asked for. */
  typed: string;
}

/** The 404 page: what was not found, a search box, and the closest matches to what was typed. */
export function NotFoundPage({ reason, typed }: NotFoundPageProps) {
  const { m, fill, place } = useI18n();
  const n = m.notFound;
  const titleId = useId();
  const query = typedName(typed);
  const { index, countyName } = useSearchIndex(true);
  const matches = useMemo(() => (index ? searchOptions(closestMatches(index, query), countyName) : null), [index, query, countyName]);
  useDocumentTitle(n.documentTitle);
  useNoIndex();
  const message =
    reason === "path" ? fill(n.unknownPath, { path: typed }) : fill(reason === "unknown" ? n.unknownId : n.malformedId, { id: typed });

  return (
    <main id="main" tabIndex={-1} className="not-found" data-testid="not-found" aria-labelledby={titleId}>
      <h2 id={titleId} className="not-found__title">
        {n.title}
      </h2>
      <p className="not-found__message">{message}</p>
      {reason !== "path" && <p className="not-found__help">{n.idHelp}</p>}
      <div className="not-found__search">
        <SearchBox label={n.searchLabel} eager testId="not-found-search" />
      </div>
      {query && matches && (
        <section className="not-found__matches" aria-label={fill(n.closest, { query })}>
          {matches.length > 0 ? (
            <>
              <h3 className="not-found__subtitle">{fill(n.closest, { query })}</h3>
              <ul className="not-found__list" data-testid="closest-matches">
                {matches.map((option) => (
                  <li key={option.key}>
                    <InternalLink route={{ page: "jurisdiction", id: option.id }}>
                      {option.kind === "county" || option.kind === "state" ? place(option.name) : option.name}
                    </InternalLink>
                    <span className="not-found__detail">
                      <OptionDetail option={option} />
                      {" · "}
                      {option.id}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="not-found__none">{fill(n.none, { query })}</p>
          )}
        </section>
      )}
      <p>
        <InternalLink route={{ page: "map" }}>{n.back}</InternalLink>
      </p>
    </main>
  );
}

/** Tells crawlers this address is not a page, while it shows. */
function useNoIndex(): void {
  useEffect(() => {
    const meta = document.createElement("meta");
    meta.name = "robots";
    meta.content = "noindex";
    document.head.append(meta);
    return () => meta.remove();
  }, []);
}
