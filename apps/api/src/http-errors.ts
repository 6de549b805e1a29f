import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { RequestHandler, Response } from "express";
import type { FieldIssue } from "./trpc.js";

/** The HTTP statuses the plain routes answer with, by the tRPC code of the same meaning. */
const CODE_OF_STATUS = {
  400: "BAD_REQUEST",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "TOO_MANY_REQUESTS",
  431: "BAD_REQUEST",
  500: "INTERNAL_SERVER_ERROR",
  503: "SERVICE_UNAVAILABLE",
} as const satisfies Record<number, TRPC_ERROR_CODE_KEY>;

export type ErrorStatus = keyof typeof CODE_OF_STATUS;

/**
 * The one error shape, as tRPC's errorFormatter answers it (trpc.ts): `{ error: { message, code, data: { code,
 * httpStatus, issues } } }`, the message naming the field at fault ("width: must be ..."). Plain routes
 * (data files, images, feeds, 404s, 405s, 429s, 503s) answer with it too, so a client reads one shape.
 */
export interface ErrorBody {
  error: {
    message: string;
    code: number;
    data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; issues: FieldIssue[] };
  };
}

export function errorBody(status: ErrorStatus, problem: string, field?: string): ErrorBody {
  const code = CODE_OF_STATUS[status];
  const issues = field ? [{ field, message: problem }] : [];
  const message = field ? `${field}: ${problem}` : problem;
  return { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, issues } } };
}

export function sendError(res: Response, status: ErrorStatus, problem: string, field?: string): void {
  res.status(status).json(errorBody(status, problem, field));
}

/** The closing answer for a path no route knows. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, `${req.path} does not exist`);
};

/** Lets the `allow`ed methods through; any other gets a 405 with `Allow`, naming the method. */
export function allowMethods(allow: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (allow.includes(req.method)) return next();
    res.setHeader("Allow", allow.join(", "));
    sendError(res, 405, `${req.method} is not allowed here; use ${allow.join(" or ")}`, "method");
  };
}

/** What a read-only path answers to: GET, and HEAD (Express answers HEAD through the GET route). */
export const READ_METHODS = ["GET", "HEAD"] as const;
