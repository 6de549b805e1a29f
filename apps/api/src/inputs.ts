import { isoDateSchema, recordDateProblem, STATE_FIPS, type StatusModel } from "@scomm/core";
import { z } from "zod";
import { DomainError, middleware } from "./trpc.js";

/** Input pieces shared by the routers. Dates are `YYYY-MM-DD` calendar dates, ids are FIPS codes. */
export const stateFipsSchema = z.string().regex(STATE_FIPS, "must be a 2-digit state FIPS code");

/** Levels that have a status (the nation has none). */
export const statusLevelSchema = z.enum(["state", "county"]);

/** Optional inclusive date bounds. Extend it, then `.refine(isOrderedRange, toBeforeFrom)`. */
export const dateRangeSchema = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });

export function isOrderedRange(range: { from?: string | undefined; to?: string | undefined }): boolean {
  return !range.from || !range.to || range.from <= range.to;
}

/** The issue a reversed range reports, on `to`. */
export const toBeforeFrom = { message: "must not be before from", path: ["to"] };

/** Input fields that hold a date, checked against the record's range. */
const DATE_FIELDS = ["date", "from", "to"] as const;

/** Input fields that filter by a jurisdiction, with what the id must name. */
const FILTER_IDS: Record<string, (model: StatusModel, id: string) => string | null> = {
  jurisdictionId: (model, id) => (model.byId.has(id) ? null : `no jurisdiction has FIPS ${id}`),
  stateFips: (model, id) => (model.byId.get(id)?.level === "state" ? null : `no state has FIPS ${id}`),
};

/**
 * What a schema cannot know, checked once the input is parsed (use it after `.input()`): each date lies in
 * the record's range as of the clock's today (core's `recordDateProblem`, the rule the plain URLs use too),
 * and each filter's id names a jurisdiction that exists. A bad one is a 400 naming the field. An unknown id
 * in a filter is always a 400; an unknown id that is itself the thing asked for (`byId`, a feed) is a 404.
 */
export const againstRecord = middleware(({ ctx, input, next }) => {
  const fields = (typeof input === "object" && input ? input : {}) as Record<string, unknown>;
  for (const field of DATE_FIELDS) {
    const problem = fields[field] === undefined ? null : recordDateProblem(fields[field], ctx.clock.today());
    if (problem) throw new DomainError("INVALID_INPUT", problem, field);
  }
  for (const [field, check] of Object.entries(FILTER_IDS)) {
    const problem = typeof fields[field] === "string" ? check(ctx.model, fields[field]) : null;
    if (problem) throw new DomainError("INVALID_INPUT", problem, field);
  }
  return next();
});
