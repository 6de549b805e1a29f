import type { RequestHandler } from "express";
import { bearerTokenOf } from "./auth/session-cookie.js";
import { sendError } from "./http-errors.js";

/**
 * What a tRPC POST (a mutation) must look like before tRPC reads it: a JSON body, and an `Origin` that is the
 * site's own. A browser sends Origin with every cross-site POST, so a page elsewhere cannot make a signed-in
 * curator's browser write. A script with an API token (`Authorization: Bearer`, which no browser adds by
 * itself) may leave Origin out; one that sends a foreign Origin is refused all the same.
 */
export function mutationGuard(siteUrl: string): RequestHandler {
  const siteOrigin = new URL(siteUrl).origin;
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    if (!req.is("application/json"))
      return sendError(res, 415, "a mutation takes a JSON body: send Content-Type: application/json", "content-type");
    const origin = req.headers.origin;
    if (origin === undefined ? !bearerTokenOf(req.headers.authorization) : origin !== siteOrigin) {
      return sendError(res, 403, `cross-site request refused: the Origin header must be ${siteOrigin}`, "origin");
    }
    next();
  };
}
