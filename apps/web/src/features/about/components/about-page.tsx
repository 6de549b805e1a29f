import { CATEGORY_RULE_ORDER, todayIso } from "@scomm/core";
import { CATEGORY_STYLES } from "@scomm/render";
import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../../lib/trpc.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { Swatch } from "../../map/components/swatch.js";
import { GLOSSARY_TERMS, glossaryAnchor } from "../glossary.js";
import { useScrollToHash } from "../use-scroll-to-hash.js";
import { RecordDates } from "./record-dates.js";
import "../about.css";

/** The colour rules in plain words, in the order they are tried, each with its swatch. */
function ColourRules() {
  const { m } = useI18n();
  const a = m.about;
  return (
    <section aria-labelledby="about-rules">
      <h3 id="about-rules">{a.rules.title}</h3>
      <p>{a.rules.intro}</p>
      <ol className="about-page__rules">
        {CATEGORY_RULE_ORDER.map((c) => (
          <li key={c} data-category={c}>
            <Swatch {...CATEGORY_STYLES[c]} /> <strong>{m.categories[c]}</strong>: {m.jurisdiction.why.rules[c]}
          </li>
        ))}
      </ol>
      <p>{a.rules.partly}</p>
    </section>
  );
}

/** The glossary, each term with its own anchor (the pages' glossary links point there). */
function Glossary() {
  const a = useI18n().m.about;
  return (
    <section aria-labelledby="about-glossary">
      <h3 id="about-glossary">{a.glossary.title}</h3>
      <dl className="about-page__glossary">
        {GLOSSARY_TERMS.map((key) => (
          <div key={key} id={glossaryAnchor(key)}>
            <dt>{a.glossary.terms[key].term}</dt>
            <dd>{a.glossary.terms[key].text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** What the record is, where each fact comes from, the colour rules in plain words, a glossary, citing, errors, licence. */
export function AboutPage() {
  const i18n = useI18n();
  const { m, fill, date } = i18n;
  const a = m.about;
  const trpc = useTRPC();
  const record = useQuery(trpc.record.summary.queryOptions());
  useDocumentTitle(a.documentTitle);
  useScrollToHash();
  const today = todayIso();
  return (
    <main id="main" tabIndex={-1} className="about-page view-page" aria-labelledby="about-title">
      <h2 id="about-title" className="about-page__title">
        {a.title}
      </h2>
      <p className="about-page__intro">{a.intro}</p>
      <RecordDates summary={record.data ?? null} />
      <section aria-labelledby="about-sources">
        <h3 id="about-sources">{a.sources.title}</h3>
        <ul>
          <li>{a.sources.roster}</li>
          <li>{a.sources.events}</li>
          <li>{a.sources.population}</li>
          <li>{a.sources.download}</li>
        </ul>
      </section>
      <ColourRules />
      <Glossary />
      <section aria-labelledby="about-cite">
        <h3 id="about-cite">{a.cite.title}</h3>
        <p className="about-page__citation">
          {fill(a.cite.text, { year: today.slice(0, 4), url: window.location.origin, date: date(today) })}
        </p>
        <p>{a.cite.note}</p>
      </section>
      <section aria-labelledby="about-errors">
        <h3 id="about-errors">{a.errors.title}</h3>
        <p>{a.errors.text}</p>
      </section>
      <section aria-labelledby="about-licence">
        <h3 id="about-licence">{a.licence.title}</h3>
        <p>{a.licence.text}</p>
      </section>
      <p className="about-page__curators">
        <InternalLink route={{ page: "curator", screen: { name: "sign-in" } }}>{a.curators}</InternalLink>
      </p>
    </main>
  );
}
