/**
 * The dashboard's pages by path (besides `/j/<fips>`): the web app's router serves them and the api
 * answers any other path with a 404 and lists these in its sitemap. Plain data, one home for both.
 */
export const SITE_PAGES = ["/", "/trends", "/changes", "/table", "/about"] as const;

/** Pages meant to be framed by other sites; not listed for search engines (they repeat the pages above). */
export const EMBED_PAGES = ["/embed/map", "/embed/trends"] as const;

/** A reader's private link to a correction they sent: `/corrections/<secret>` (see corrections.ts). */
export const CORRECTION_PAGE = /^\/corrections\/([\w-]{43})$/;

/** Curators' pages: shown to anyone (the page asks for a sign-in), never listed for search engines. */
export const CURATOR_PAGES = ["/curator/corrections"] as const;
