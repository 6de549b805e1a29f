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
 * - readers' corrections (`corrections.submit`, no sign-in): 20 an hour. A reader who found several errors
 *   sends a few; a bot filling the curators' queue is stopped. Each is also at most CORRECTION_BODY_BYTES.
 */
export interface RateLimits {
  imagesPerMinute: number;
  dataPerMinute: number;
  searchesPerMinute: number;
  signInsPerMinute: number;
  writesPerMinute: number;
  correctionsPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  imagesPerMinute: 60,
  dataPerMinute: 120,
  searchesPerMinute: 600,
  signInsPerMinute: 10,
  writesPerMinute: 600,
  correctionsPerHour: 20,
};

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A reader's correction is a few paragraphs and a link: a bigger body is refused before tRPC reads it. */
export const CORRECTION_BODY_BYTES = 16 * 1024;

/** 429 in the one error shape; express-rate-limit has set Retry-After (seconds until the window resets). */
function limiter(limit: number, what: string, skip?: (req: Request) => boolean, windowMs = MINUTE_MS): RequestHandler {
  const per = windowMs === HOUR_MS ? "an hour" : "a minute";
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    ...(skip ? { skip } : {}),
    handler: (_req, res) => sendError(res, 429, `more than ${limit} ${what} ${per} from this address; retry after the time in Retry-After`),
  });
}

/** True when a tRPC request (one call or a batch `a,b`) calls a procedure whose name `matches`. */
function calls(req: Request, matches: (name: string) => boolean): boolean {
  return req.path.slice(1).split(",").some(matches);
}
const isSearch = (name: string) => name.startsWith("search.");
const isSignIn = (name: string) => name === "auth.signIn";
const isCorrection = (name: string) => name === "corrections.submit";
const isOwnWindow = (name: string) => isSignIn(name) || isCorrection(name);

/** The corrections' own size bound (413 in the one error shape), then their per-IP limit. */
function correctionLimits(perHour: number): RequestHandler[] {
  const isSubmit = (req: Request) => req.method === "POST" && calls(req, isCorrection);
  const size: RequestHandler = (req, res, next) => {
    if (isSubmit(req) && Number(req.headers["content-length"] ?? 0) > CORRECTION_BODY_BYTES) {
      return sendError(res, 413, `a correction takes at most ${CORRECTION_BODY_BYTES / 1024} KB`, "input");
    }
    next();
  };
  return [size, limiter(perHour, "corrections", (req) => !isSubmit(req), HOUR_MS)];
}

/** One limiter per expensive route family, each counting per IP in its own window. */
export function rateLimiters(limits: RateLimits) {
  return {
    images: limiter(limits.imagesPerMinute, "image requests"),
    data: limiter(limits.dataPerMinute, "data file requests"),
    search: limiter(limits.searchesPerMinute, "search requests", (req) => !calls(req, isSearch)),
    signIn: limiter(limits.signInsPerMinute, "sign-in attempts", (req) => req.method !== "POST" || !calls(req, isSignIn)),
    writes: limiter(limits.writesPerMinute, "writes", (req) => req.method !== "POST" || calls(req, isOwnWindow)),
    corrections: correctionLimits(limits.correctionsPerHour),
  };
}
