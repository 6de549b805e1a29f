import { isoDateSchema, STATE_FIPS } from "@scomm/core";
import { z } from "zod";

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
