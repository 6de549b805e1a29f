import { z } from "zod";
import { jurisdictionIdSchema } from "../schemas.js";

export const searchEntryKindSchema = z.enum(["county", "state", "city", "borough"]);
export type SearchEntryKind = z.infer<typeof searchEntryKindSchema>;

/** One searchable name: a state, a county, or a city or borough that points at its county's FIPS. */
export const searchEntrySchema = z.object({
  /** State or county FIPS; for a city, the county it maps to (New York City has one entry per borough). */
  id: jurisdictionIdSchema,
  kind: searchEntryKindSchema,
  name: z.string().min(1),
  /** 2-letter postal code of the state the entry lies in (a state's own code). */
  stateCode: z.string().length(2).nullable(),
  stateName: z.string().nullable(),
  /** Breaks ties between equally good matches, larger first. */
  population: z.number().nonnegative().optional(),
  /** The place most people mean by this name (known-places.ts): first among equally good matches. */
  known: z.boolean().optional(),
});
export type SearchEntry = z.infer<typeof searchEntrySchema>;

/** A city or borough: not a jurisdiction itself, it stands for the county it lies on (its `id`). */
export function standsForCounty(entry: { kind: SearchEntryKind }): boolean {
  return entry.kind === "city" || entry.kind === "borough";
}

export const searchHitSchema = z.object({
  entry: searchEntrySchema,
  /** Larger is better; see search/README.md for the scale. */
  score: z.number(),
  /** The text of the entry that matched: its name, a state's postal code, or the FIPS. */
  matched: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
