import { boundedText, CORRECTION_LIMITS, EVENT_LIMITS, isHttpUrl, jurisdictionIdSchema, READER_TOKEN } from "@scomm/core";
import { z } from "zod";

/** An http(s) address, nothing else (no javascript:, data:, ftp:). */
export const httpUrlSchema = z
  .string({ error: "must be the address of a source, starting with http:// or https://" })
  .trim()
  .pipe(boundedText(CORRECTION_LIMITS.sourceUrl))
  .refine((value) => isHttpUrl(value) && URL.canParse(value), "must be the address of a source, starting with http:// or https://");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes("\u0000"), "must not contain a NUL character")
    .optional()
    .transform((s) => (s ? s : undefined));

/**
 * What a reader sends: where, what is wrong, the source that shows it, an optional contact. `website` is the
 * honeypot: the form hides it from people and assistive technology, so only a bot fills it.
 */
export const correctionSubmitSchema = z.object({
  jurisdictionId: jurisdictionIdSchema,
  eventId: boundedText(EVENT_LIMITS.id).optional(),
  whatIsWrong: z.string({ error: "must say what is wrong" }).trim().pipe(boundedText(CORRECTION_LIMITS.whatIsWrong)),
  sourceUrl: httpUrlSchema,
  contact: optionalText(CORRECTION_LIMITS.contact),
  website: z.string().max(2_000).optional(),
});
export type CorrectionSubmit = z.output<typeof correctionSubmitSchema>;

/** The secret of a reader's private link (32 random bytes, base64url). */
export const readerTokenSchema = z.string().regex(READER_TOKEN, "must be the code from a correction's link");

/** Why a curator settled a correction: required, shown to the reader. */
export const settleSchema = z.object({
  id: boundedText(64),
  reason: z.string({ error: "must say why" }).trim().pipe(boundedText(CORRECTION_LIMITS.reason)),
});
