import type { ReactNode } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { glossaryAnchor, type GlossaryTerm } from "../glossary.js";

/** A word that the About page's glossary explains, linked to its entry. */
export function GlossaryLink({ term, children }: { term: GlossaryTerm; children: ReactNode }) {
  const { m } = useI18n();
  return (
    <InternalLink route={{ page: "about" }} hash={glossaryAnchor(term)} className="glossary-link" title={m.about.glossary.terms[term].text}>
      {children}
    </InternalLink>
  );
}
