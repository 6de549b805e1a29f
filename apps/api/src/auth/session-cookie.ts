/** The session cookie's name; its value is the session's secret (the database keeps only its hash). */
export const SESSION_COOKIE = "scomm_session";

/** How long a sign-in lasts: a working day. Signing out ends it sooner. */
export const SESSION_HOURS = 12;

/**
 * Set-Cookie for a new session (`maxAgeSeconds` > 0) or for its removal (0): HttpOnly so no script reads it,
 * SameSite=Lax so no other site's form posts it, Secure when the site is served over HTTPS.
 */
export function sessionCookie(value: string, maxAgeSeconds: number, siteUrl: string): string {
  const secure = siteUrl.startsWith("https:") ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** The session secret in a Cookie header, if any. */
export function sessionSecretOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE && value.length > 0) return value.join("=");
  }
  return undefined;
}

/** The secret of `Authorization: Bearer <token>`, if that is what the header says. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1];
}
