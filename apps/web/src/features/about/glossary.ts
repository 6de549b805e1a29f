/** The words the glossary on the About page explains, in the order it lists them. */
export const GLOSSARY_TERMS = ["secure_communities", "moa", "detainer", "pep", "g287", "confidence"] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The id of a term's entry on the About page: `/about#glossary-pep`. */
export function glossaryAnchor(term: GlossaryTerm): string {
  return `glossary-${term}`;
}
