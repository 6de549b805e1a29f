import { MAX_BATCH_CALLS } from "@scomm/core";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context.js";

/** The closed set of failures the domain reports; each maps to one tRPC code. */
export type DomainErrorCode = "NOT_FOUND" | "INVALID_INPUT";

const TRPC_CODE: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
};

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field at fault, for INVALID_INPUT. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** One bad input field, as the web receives it in `error.data.issues`. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Flattens schema issues (zod, or any Standard Schema) and field-level domain errors; [] otherwise. */
export function fieldIssues(cause: unknown): FieldIssue[] {
  if (cause instanceof DomainError) return cause.field ? [{ field: cause.field, message: cause.message }] : [];
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
