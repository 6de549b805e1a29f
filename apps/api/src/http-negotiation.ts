/**
 * What a client says it already has (If-None-Match) or can read (Accept-Encoding): the one reading of these
 * headers for every answer the api sends from precomputed bytes.
 */

/** If-None-Match lists this entity tag (weakly compared, as RFC 9110 asks for GET) or is `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

/** True when Accept-Encoding lists gzip (or *) with a non-zero quality. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}
