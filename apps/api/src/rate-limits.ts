import type { Request, RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { sendError } from "./http-errors.js";

/**
 * Requests per client IP per minute on the routes that cost the server real work. Generous: a newsroom
 * refreshing a chart, or a whole office behind one address, stays far below them; a script hammering
 * the renderer does not.
 * - images (/export/*): 60, one a second. A 4000-px PNG takes a worker about a second the first time.
 * - data files (/data/*): 120. CSVs and the zip are cached, but each answer is up to a few megabytes.
 * - search (the `search.*` procedures): 600, ten a second, for a search box typed into.
 * - sign-in attempts (`auth.signIn`): 10. A person mistyping needs a few; guessing needs thousands. Each email
 *   is also locked after 5 failures in a row, whatever the address (auth/sign-in.ts).
 * - writes (every other mutation): 600, ten a second: a curator's script entering a batch of events
 *   (create + publish each) stays under it.
 */
export interface RateLimits {
  imagesPerMinute: number;
  dataPerMinute: number;
  searchesPerMinute: number;
  signInsPerMinute: number;
  writesPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { imagesPerMinute: 60, dataPerMinute: 120, searchesPerMinute: 600, signInsPerMinute: 10, writesPerMinute: 600 };

const WINDOW_MS = 60_000;

/** 429 in the one error shape; express-rate-limit has set Retry-After (seconds until the window resets). */
function limiter(limit: number, what: string, skip?: (req: Request) => boolean): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ...(skip ? { skip } : {}),
    handler: (_req, res) => sendError(res, 429, `more than ${limit} ${what} a minute from this address; retry after the time in Retry-After`),
  });
}

/** True when a tRPC request (one call or a batch `a,b`) calls a procedure whose name `matches`. */
function calls(req: Request, matches: (name: string) => boolean): boolean {
  return req.path.slice(1).split(",").some(matches);
}
const isSearch = (name: string) => name.startsWith("search.");
const isSignIn = (name: string) => name === "auth.signIn";

/** One limiter per expensive route family, each counting per IP in its own window. */
export function rateLimiters(limits: RateLimits) {
  return {
    images: limiter(limits.imagesPerMinute, "image requests"),
    data: limiter(limits.dataPerMinute, "data file requests"),
    search: limiter(limits.searchesPerMinute, "search requests", (req) => !calls(req, isSearch)),
    signIn: limiter(limits.signInsPerMinute, "sign-in attempts", (req) => req.method !== "POST" || !calls(req, isSignIn)),
    writes: limiter(limits.writesPerMinute, "writes", (req) => req.method !== "POST" || calls(req, isSignIn)),
  };
}
