import { recordDateSchema, type IsoDate, type SeriesWeight } from "@scomm/core";
import { STATES } from "@scomm/data";
import { LANGS } from "@scomm/render";
import { z } from "zod";
import { errorBody, type ErrorBody } from "../http-errors.js";

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;
export const DEFAULT_WIDTH = 960;

const STATE_FIPS = new Set(STATES.map((s) => s.fips));

/** A query parameter given once; `?a=1&a=2` (an array) is refused rather than guessed at. */
const once = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.union([z.string(), z.array(z.string())]).pipe(z.string({ error: "must be given once" })).pipe(schema);

const levelSchema = z.enum(["state", "county"], { error: "must be state or county" });
const weightSchema = z.enum(["count", "population"] as const satisfies readonly SeriesWeight[], { error: "must be count or population" });
const stateSchema = z.string().refine((s) => STATE_FIPS.has(s), "must be the 2-digit FIPS code of one of the 50 states or DC");
const langSchema = z.enum(LANGS, { error: `must be ${LANGS.join(" or ")}` });
const widthSchema = z
  .string()
  .regex(/^\d+$/, `must be an integer from ${MIN_WIDTH} to ${MAX_WIDTH}`)
  .transform(Number)
  .refine((w) => w >= MIN_WIDTH && w <= MAX_WIDTH, `must be an integer from ${MIN_WIDTH} to ${MAX_WIDTH}`);

/** What every exported image takes: the date (today), a state (the nation), language (English) and width. */
function figureParams(today: IsoDate) {
  return {
    date: once(recordDateSchema(today)).optional().transform((d) => d ?? today),
    state: once(stateSchema).optional().transform((s) => s ?? null),
    lang: once(langSchema).optional().transform((l) => l ?? "en"),
    width: once(widthSchema).optional().transform((w) => w ?? DEFAULT_WIDTH),
  };
}

/** GET /export/map.{svg,png}: every parameter optional, defaults filled, so equal requests share one cache key. */
export function mapImageParamsSchema(today: IsoDate) {
  return z.object({ ...figureParams(today), level: once(levelSchema).optional().transform((l) => l ?? "county") });
}
export type MapImageParams = z.output<ReturnType<typeof mapImageParamsSchema>>;

/** GET /export/trends.{svg,png}: the map's date, state, language and width, and what the chart stacks. */
export function trendsImageParamsSchema(today: IsoDate) {
  return z.object({ ...figureParams(today), weight: once(weightSchema).optional().transform((w) => w ?? "count") });
}
export type TrendsImageParams = z.output<ReturnType<typeof trendsImageParamsSchema>>;

/** GET /data/status.csv: the date, today when absent. */
export function statusParamsSchema(today: IsoDate) {
  return z.object({ date: once(recordDateSchema(today)).optional().transform((d) => d ?? today) });
}

/** The 400 body in the one error shape (http-errors.ts), naming the first parameter that failed. */
export function paramError(error: z.ZodError): ErrorBody {
  const issue = error.issues[0];
  return errorBody(400, issue?.message ?? "is invalid", String(issue?.path[0] ?? "query"));
}
