/**
 * The dashboard's pages by path (besides `/j/<fips>`): the web app's router serves them and the api
 * answers any other path with a 404 and lists these in its sitemap. Plain data, one home for both.
 */
export const SITE_PAGES = ["/", "/trends", "/changes", "/table", "/about"] as const;

/** Pages meant to be framed by other sites; not listed for search engines (they repeat the pages above). */
export const EMBED_PAGES = ["/embed/map", "/embed/trends"] as const;
