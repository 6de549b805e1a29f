import { z } from "zod";
import { CATEGORIES } from "./categories.js";
import { EVENT_TYPES } from "./event-types.js";
import { JURISDICTION_ID } from "./ids.js";
import { ISO_DATE, isCalendarDate, type IsoDate } from "./dates.js";
import { recordDateProblem } from "./record-range.js";

/**
 * Length bounds on an event's words and lists: far above any researched event (the longest summary is under
 * 1,000 characters), low enough that one curator's paste cannot fill the database.
 */
export const EVENT_LIMITS = {
  id: 64,
  placeName: 200,
  actor: 300,
  summary: 4_000,
  sourceTitle: 500,
  publisher: 300,
  address: 2_048,
  sources: 20,
  jurisdictions: 10,
} as const;

/** Text of 1 to `max` characters, without NUL (which PostgreSQL cannot store in text). */
export const boundedText = (max: number) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes("\u0000"), "must not contain a NUL character");

export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, "must be a date written YYYY-MM-DD")
  .refine(isCalendarDate, "is not a real calendar date");

/** A date the record answers for, as of `today` (see record-range.ts): the plain URLs' date parameters. */
export function recordDateSchema(today: IsoDate) {
  return z.string({ error: "must be a date written YYYY-MM-DD" }).superRefine((value, ctx) => {
    const problem = recordDateProblem(value, today);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export const categorySchema = z.enum(CATEGORIES);

export const levelSchema = z.enum(["nation", "state", "county"]);
export type Level = z.infer<typeof levelSchema>;
/** The levels a map, a table or a count is drawn at: states or counties (the nation is their sum). */
export type MapLevel = Exclude<Level, "nation">;

export const eventTypeSchema = z.enum(EVENT_TYPES);

export const datePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

export const confidenceSchema = z.enum(["high", "medium", "low"]);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Where the fact was recorded: the place named by the source (a city sits on its county). */
export const placeLevelSchema = z.enum(["federal", "state", "county", "city"]);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

export const sourceSchema = z
  .object({
    title: boundedText(EVENT_LIMITS.sourceTitle),
    publisher: boundedText(EVENT_LIMITS.publisher),
    /** As precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable(),
    url: boundedText(EVENT_LIMITS.address).pipe(z.url()).nullable(),
    /** Where a stored copy was read, when it differs from (or stands in for) the URL. */
    foundAt: boundedText(EVENT_LIMITS.address).nullable(),
  })
  .refine((s) => s.url !== null || s.foundAt !== null, {
    message: "a source needs a url or a place where it was found",
    path: ["url"],
  });
export type Source = z.infer<typeof sourceSchema>;

export const jurisdictionIdSchema = z.string().regex(JURISDICTION_ID, "must be US, a 2-digit state FIPS or a 5-digit county FIPS");

export const eventSchema = z.object({
  id: boundedText(EVENT_LIMITS.id),
  /** Jurisdictions the event applies to: usually one; New York City's events apply to its five counties. */
  jurisdictionIds: z.array(jurisdictionIdSchema).min(1).max(EVENT_LIMITS.jurisdictions),
  /** The place as the source names it, e.g. "New York City" on counties 36005, 36047, ... */
  placeName: boundedText(EVENT_LIMITS.placeName),
  placeLevel: placeLevelSchema,
  date: isoDateSchema,
  datePrecision: datePrecisionSchema,
  type: eventTypeSchema,
  actor: boundedText(EVENT_LIMITS.actor),
  summary: boundedText(EVENT_LIMITS.summary),
  /** The actor and summary in Spanish (researched events; the roster's rows are phrased from a template). */
  actorEs: boundedText(EVENT_LIMITS.actor).nullable().optional(),
  summaryEs: boundedText(EVENT_LIMITS.summary).nullable().optional(),
  sources: z
    .array(sourceSchema)
    .min(1, "an event needs at least one source")
    .max(EVENT_LIMITS.sources, `an event takes at most ${EVENT_LIMITS.sources} sources`),
  confidence: confidenceSchema,
});
export type Event = z.infer<typeof eventSchema>;

export const jurisdictionSchema = z.object({
  id: jurisdictionIdSchema,
  level: levelSchema,
  name: z.string().min(1),
  /** 2-letter postal code; null for the nation. */
  stateCode: z.string().length(2).nullable(),
  /** The parent state's FIPS for a county, the state's own for a state, null for the nation. */
  stateFips: z.string().length(2).nullable(),
  stateName: z.string().nullable(),
  population2010: z.number().int().nonnegative().nullable(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const datasetSchema = z.object({
  jurisdictions: z.array(jurisdictionSchema),
  events: z.array(eventSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
