import { LANGS, recordDateSchema, type IsoDate, type SeriesWeight, type StatusModel } from "@scomm/core";
import { STATES } from "@scomm/data";
import { SHAPES } from "@scomm/render";
import { z } from "zod";
import { errorBody, type ErrorBody } from "../http-errors.js";

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;
export const DEFAULT_WIDTH = 960;

const STATE_FIPS = new Set(STATES.map((s) => s.fips));

/** A query parameter given once; `?a=1&a=2` (an array) is refused rather than guessed at. */
const once = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .pipe(z.string({ error: "must be given once" }))
    .pipe(schema);

const levelSchema = z.enum(["state", "county"], { error: "must be state or county" });
const weightSchema = z.enum(["count", "population"] as const satisfies readonly SeriesWeight[], { error: "must be count or population" });
const stateSchema = z.string().refine((s) => STATE_FIPS.has(s), "must be the 2-digit FIPS code of one of the 50 states or DC");
const langSchema = z.enum(LANGS, { error: `must be ${LANGS.join(" or ")}` });
const shapeSchema = z.enum(SHAPES, { error: `must be ${SHAPES.slice(0, -1).join(", ")} or ${SHAPES.at(-1)}` });
const widthSchema = z
  .string()
  .regex(/^\d+$/, `must be an integer from ${MIN_WIDTH} to ${MAX_WIDTH}`)
  .transform(Number)
  .refine((w) => w >= MIN_WIDTH && w <= MAX_WIDTH, `must be an integer from ${MIN_WIDTH} to ${MAX_WIDTH}`);

/** What every exported image takes: the date (today), a state (the nation), language (English), width and shape (landscape). */
function figureParams(today: IsoDate) {
  return {
    date: once(recordDateSchema(today))
      .optional()
      .transform((d) => d ?? today),
    state: once(stateSchema)
      .optional()
      .transform((s) => s ?? null),
    lang: once(langSchema)
      .optional()
      .transform((l) => l ?? "en"),
    width: once(widthSchema)
      .optional()
      .transform((w) => w ?? DEFAULT_WIDTH),
    shape: once(shapeSchema)
      .optional()
      .transform((s) => s ?? "landscape"),
  };
}

/**
 * GET /export/map.{svg,png}: every parameter optional, defaults filled, so equal requests share one cache key.
 * `focus` (a county's FIPS) is the county's own figure: its state's counties, titled for it, it outlined;
 * `outline` outlines a county (county map) or a state (state map) of the view and names it in the legend.
 */
export function mapImageParamsSchema(today: IsoDate, model: StatusModel) {
  const known = (levels: readonly string[], message: string) =>
    z.string().refine((id) => levels.includes(model.byId.get(id)?.level ?? ""), message);
  return z
    .object({
      ...figureParams(today),
      level: once(levelSchema).optional(),
      focus: once(known(["county"], "must be the 5-digit FIPS code of a county"))
        .optional()
        .transform((f) => f ?? null),
      outline: once(known(["state", "county"], "must be the FIPS code of a state or a county"))
        .optional()
        .transform((o) => o ?? null),
    })
    .transform((params, ctx) => {
      const problem = mapParamsProblem(params);
      if (problem) {
        ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
        return z.NEVER;
      }
      const { focus, state, level = "county" } = params;
      return { ...params, level, state: focus ? focus.slice(0, 2) : state };
    });
}
export type MapImageParams = z.output<ReturnType<typeof mapImageParamsSchema>>;

/** GET /export/trends.{svg,png}: the map's date, state, language, width and shape, and what the chart stacks. */
export function trendsImageParamsSchema(today: IsoDate) {
  return z.object({
    ...figureParams(today),
    weight: once(weightSchema)
      .optional()
      .transform((w) => w ?? "count"),
  });
}
export type TrendsImageParams = z.output<ReturnType<typeof trendsImageParamsSchema>>;

/** GET /data/status.csv: the date, today when absent. */
export function statusParamsSchema(today: IsoDate) {
  return z.object({
    date: once(recordDateSchema(today))
      .optional()
      .transform((d) => d ?? today),
  });
}

/** The 400 body in the one error shape (http-errors.ts), naming the first parameter that failed. */
export function paramError(error: z.ZodError): ErrorBody {
  const issue = error.issues[0];
  return errorBody(400, issue?.message ?? "is invalid", String(issue?.path[0] ?? "query"));
}

/**
 * What the map's parameters ask for together that cannot be drawn, naming the parameter that does not fit the
 * jurisdiction asked for (the view's `state` or `level`, or an `outline` beside `focus`); null when none.
 */
function mapParamsProblem({
  focus,
  outline,
  state,
  level = "county",
}: {
  focus: string | null;
  outline: string | null;
  state: string | null;
  level?: "state" | "county";
}) {
  const problem = (field: string, message: string) => ({ field, message });
  const place = focus ?? outline;
  if (focus && level === "state") return problem("level", `must be county, or left out, with focus (a county's map)`);
  if (focus && outline) return problem("outline", "must be left out with focus, which outlines its county");
  if (outline && (outline.length === 5) !== (level === "county")) return problem("outline", `must be a ${level} on the ${level} map`);
  if (place && state && !place.startsWith(state))
    return problem("state", `must be ${place.slice(0, 2)}, the state of ${focus ? "focus" : "outline"}=${place}, or left out`);
  return null;
}
