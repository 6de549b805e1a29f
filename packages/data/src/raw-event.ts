import { confidenceSchema, datePrecisionSchema, placeLevelSchema, type Source } from "@scomm/core";
import { z } from "zod";

/**
 * The shape of one row of sc-events.json / sc-events-extra.json (snake_case, as researched).
 * Only the shape: the dataset's rules (dates, types, places, sources) are checked one by one
 * so each can say exactly what is wrong.
 */
const rawSourceSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable().optional(),
  found_at: z.string().nullable().optional(),
});
export type RawSource = z.infer<typeof rawSourceSchema>;

export const rawEventSchema = z.object({
  id: z.string().min(1),
  date: z.string(),
  date_precision: datePrecisionSchema,
  jurisdiction: z.object({
    name: z.string().min(1),
    level: placeLevelSchema,
    state: z.string().nullable(),
    fips: z.string().nullable(),
    county_fips: z.string().nullable().optional(),
  }),
  type: z.string(),
  actor: z.string().min(1),
  summary: z.string().min(1),
  sources: z.array(rawSourceSchema),
  confidence: confidenceSchema,
});
export type RawEvent = z.infer<typeof rawEventSchema>;

export function toSource(raw: RawSource): Source {
  return {
    title: raw.title,
    publisher: raw.publisher,
    date: raw.date,
    url: raw.url ?? null,
    foundAt: raw.found_at ?? null,
  };
}

/** A path inside a row written the way the file writes it: `sources[0].found_at`. */
export function rowField(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}
