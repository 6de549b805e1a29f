/**
 * Rules for a source's address (`url` and `found_at`): an http(s) page, linked as itself. Tracking
 * parameters and AMP copies are refused so that a cleaned record cannot pick them up again.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|share|cmpid|ocid|smid)$/i;

/**
 * Why `value` is not a clean source address, or null. A `url` must be an http(s) address; a `found_at`
 * may also name a place that is not on the web (an archive, a repository path), checked only when it is.
 */
export function sourceUrlProblem(value: string, field: "url" | "found_at"): string | null {
  const url = URL.canParse(value) ? new URL(value) : null;
  const web = url !== null && (url.protocol === "http:" || url.protocol === "https:");
  if (!web) return field === "url" ? `${value} is not an http(s) address` : null;
  const tracking = [...url.searchParams.keys()].find((key) => TRACKING.test(key));
  if (tracking) return `${value} carries the tracking parameter "${tracking}"; link the page without it`;
  if (isAmpCopy(url)) return `${value} is an AMP copy; link the article's own page`;
  return null;
}

/** Google AMP renderings of an article: `/amp/` in the path, or a name ending `.amp` / `.amp.html`. */
function isAmpCopy(url: URL): boolean {
  return /(^|\/)amp(\/|$)/.test(url.pathname) || /\.amp(\.html?)?$/.test(url.pathname) || url.hostname.endsWith(".ampproject.org");
}
