import { MAX_BATCH_CALLS } from "@scomm/core";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context.js";

/** The closed set of failures the domain reports; each maps to one tRPC code. */
export type DomainErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "NOT_SIGNED_IN" | "NOT_ALLOWED" | "CONFLICT" | "THROTTLED";

const TRPC_CODE: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  NOT_SIGNED_IN: "UNAUTHORIZED",
  NOT_ALLOWED: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  THROTTLED: "TOO_MANY_REQUESTS",
};

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field at fault, for INVALID_INPUT. */
    readonly field?: string,
    /** Several fields at fault at once (an event row breaking several of data:check's rules). */
    readonly issues?: readonly FieldIssue[],
  ) {
    super(message);
  }

  /** INVALID_INPUT naming every field at fault. */
  static invalid(issues: readonly FieldIssue[]): DomainError {
    return new DomainError("INVALID_INPUT", describeIssues(issues), undefined, issues);
  }
}

/** One bad input field, as the web receives it in `error.data.issues`. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Flattens schema issues (zod, or any Standard Schema) and field-level domain errors; [] otherwise. */
export function fieldIssues(cause: unknown): FieldIssue[] {
  if (cause instanceof DomainError)
    return cause.issues ? [...cause.issues] : cause.field ? [{ field: cause.field, message: cause.message }] : [];
  if (!(cause instanceof Error) || !("issues" in cause) || !Array.isArray(cause.issues)) return [];
  return (cause.issues as { path?: readonly unknown[]; message: string }[]).map((issue) => ({
    field: (issue.path ?? []).map((p) => String(typeof p === "object" && p && "key" in p ? p.key : p)).join(".") || "input",
    message: issue.message,
  }));
}

const describeIssues = (issues: readonly FieldIssue[]) => issues.map((i) => `${i.field}: ${i.message}`).join("; ");

/** How tRPC's adapter refuses a batch over `maxBatchSize` (app.ts), and how we name it. */
const TRPC_BATCH_TOO_BIG = "Batch call exceeds maximum size";
const batchTooBig: FieldIssue = { field: "batch", message: `must hold at most ${MAX_BATCH_CALLS} calls` };

const t = initTRPC.context<Context>().create({
  // Stack traces never leave the server; onError in app.ts logs them.
  isDev: false,
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data;
    if (error.code === "INTERNAL_SERVER_ERROR") return { ...shape, message: "internal server error", data: { ...data, issues: [] } };
    const issues = fieldIssues(error.cause);
    // A 400 raised before validation is about the batch (too many calls) or the input as a whole (not even JSON).
    if (error.code === "BAD_REQUEST" && issues.length === 0) {
      const whole = shape.message === TRPC_BATCH_TOO_BIG ? batchTooBig : { field: "input", message: shape.message };
      return { ...shape, message: describeIssues([whole]), data: { ...data, issues: [whole] } };
    }
    return { ...shape, data: { ...data, issues } };
  },
});

/**
 * The single path errors take: a DomainError becomes its TRPCError (kept as `cause`), and a rejected
 * input gets a message naming each field ("date: is not a real calendar date").
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const { cause } = result.error;
  const code = cause instanceof DomainError ? TRPC_CODE[cause.code] : result.error.code;
  const issues = code === "BAD_REQUEST" ? fieldIssues(cause) : [];
  if (issues.length > 0) throw new TRPCError({ code, message: describeIssues(issues), cause });
  if (cause instanceof DomainError) throw new TRPCError({ code, message: cause.message, cause });
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);

/**
 * Signed in (session cookie) or holding an API token; anyone else gets a 401 before the input is even read.
 * The procedure finds the curator in `ctx.signedIn`.
 */
export const curatorProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const signedIn = await ctx.curator();
  if (!signedIn) throw new DomainError("NOT_SIGNED_IN", "sign in, or send an API token as Authorization: Bearer <token>");
  return next({ ctx: { signedIn } });
});

/** Curators with the admin role; an editor gets a 403. */
export const adminProcedure = curatorProcedure.use(({ ctx, next }) => {
  if (ctx.signedIn.role !== "admin") throw new DomainError("NOT_ALLOWED", "only an admin may manage accounts");
  return next();
});
