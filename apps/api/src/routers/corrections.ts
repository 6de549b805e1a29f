import { randomBytes, randomUUID } from "node:crypto";
import {
  createDraft,
  currentRevision,
  getCorrection,
  getCorrectionOutcome,
  getDraft,
  getPublishedEvent,
  insertCorrection,
  listCorrections,
  saveDraft,
  settleCorrection,
  type Correction,
  type EditOutcome,
} from "@scomm/db";
import { z } from "zod";
import { hashSecret, newSecret } from "../auth/secrets.js";
import type { Context } from "../context.js";
import { newEventDraft } from "../corrections/correction-draft.js";
import { correctionSubmitSchema, readerTokenSchema, settleSchema, type CorrectionSubmit } from "../corrections/correction-inputs.js";
import { eventById } from "../exports/model-events.js";
import { curatorProcedure, DomainError, publicProcedure, router } from "../trpc.js";

/** Where the reader follows a correction: this path on the site, with the secret only they hold. */
const linkOf = (token: string) => `/corrections/${token}`;

/** The jurisdiction and event a correction names must be on the public record; a 400 naming the field otherwise. */
function checkTarget(ctx: Context, input: CorrectionSubmit): void {
  if (!ctx.model.byId.has(input.jurisdictionId))
    throw new DomainError("INVALID_INPUT", `no jurisdiction has FIPS ${input.jurisdictionId}`, "jurisdictionId");
  const event = input.eventId === undefined ? undefined : eventById(ctx.model, input.eventId);
  if (input.eventId !== undefined && !event)
    throw new DomainError("INVALID_INPUT", `no published event has id ${input.eventId}`, "eventId");
}

async function openCorrection(ctx: Context, id: string): Promise<Correction> {
  const correction = await getCorrection(ctx.db, id);
  if (!correction) throw new DomainError("NOT_FOUND", `no correction ${id}`, "id");
  if (correction.status !== "open") throw new DomainError("CONFLICT", `correction ${id} was already ${correction.status}`, "id");
  return correction;
}

/** The draft an accepted correction opens: of its event, or a new event for its jurisdiction. Nothing goes public. */
async function openDraft(
  ctx: Context,
  correction: Correction,
  stamp: { editor: string; at: string; reason: string },
): Promise<{ draftEventId: string; outcome: EditOutcome }> {
  if (correction.eventId) {
    const id = correction.eventId;
    const event = (await getDraft(ctx.db, id)) ?? (await getPublishedEvent(ctx.db, id));
    if (!event) throw new DomainError("CONFLICT", `event ${id} is no longer on the record`, "id");
    return { draftEventId: id, outcome: await saveDraft(ctx.db, event, { ...stamp, baseRevision: await currentRevision(ctx.db, id) }) };
  }
  const jurisdiction = ctx.model.byId.get(correction.jurisdictionId);
  if (!jurisdiction) throw new DomainError("CONFLICT", `jurisdiction ${correction.jurisdictionId} is no longer on the record`, "id");
  const draftEventId = `cur-${randomBytes(5).toString("hex")}`;
  return {
    draftEventId,
    outcome: await createDraft(ctx.db, newEventDraft(draftEventId, correction, jurisdiction, ctx.clock.today()), stamp),
  };
}

/** What a correction's event is, in words a person recognises (its id alone is not): null when none or no longer public. */
function eventAbout(ctx: Context, eventId: string | null) {
  const event = eventId ? eventById(ctx.model, eventId) : undefined;
  return event ? { date: event.date, datePrecision: event.datePrecision, type: event.type, placeName: event.placeName } : null;
}

const settledBy = (ctx: Context & { signedIn: { email: string } }, reason: string) => ({
  editor: ctx.signedIn.email,
  at: ctx.clock.now(),
  reason,
});

/**
 * Readers' corrections. Anyone may `submit` one (no sign-in; POST, JSON and the site's Origin like every write,
 * rate-limited per IP and size-limited in rate-limits.ts) and follow it with the private link it answers;
 * curators list, accept (a draft opens: nothing public changes until a curator publishes it) or reject them.
 */
export const correctionsRouter = router({
  /** A bot that filled the honeypot gets the same answer, and nothing is written. */
  submit: publicProcedure.input(correctionSubmitSchema).mutation(async ({ ctx, input }) => {
    const token = newSecret();
    if (input.website) return { link: linkOf(token) };
    checkTarget(ctx, input);
    const { jurisdictionId, eventId = null, whatIsWrong, sourceUrl, contact = null } = input;
    await insertCorrection(ctx.db, {
      id: randomUUID(),
      jurisdictionId,
      eventId,
      whatIsWrong,
      sourceUrl,
      contact,
      createdAt: ctx.clock.now(),
      readerTokenHash: hashSecret(token),
    });
    return { link: linkOf(token) };
  }),

  /** What the reader's link shows: where the correction stands and the curator's reason; never who or the contact. */
  outcome: publicProcedure.input(z.object({ token: readerTokenSchema })).query(async ({ ctx, input }) => {
    const outcome = await getCorrectionOutcome(ctx.db, hashSecret(input.token));
    if (!outcome) throw new DomainError("NOT_FOUND", "no correction has this link", "token");
    const jurisdiction = ctx.model.byId.get(outcome.jurisdictionId);
    return {
      ...outcome,
      jurisdictionName: jurisdiction?.name ?? null,
      stateCode: jurisdiction?.stateCode ?? null,
      event: eventAbout(ctx, outcome.eventId),
    };
  }),

  /** The curators' queue, oldest first: open ones by default. */
  queue: curatorProcedure
    .input(z.object({ status: z.enum(["open", "accepted", "rejected"]).default("open") }).prefault({}))
    .query(async ({ ctx, input }) =>
      (await listCorrections(ctx.db, input)).map((c) => ({
        ...c,
        jurisdictionName: ctx.model.byId.get(c.jurisdictionId)?.name ?? null,
        event: eventAbout(ctx, c.eventId),
      })),
    ),

  /** Opens a prefilled draft (answering its id) and marks the correction accepted. */
  accept: curatorProcedure.input(settleSchema).mutation(async ({ ctx, input }) => {
    const correction = await openCorrection(ctx, input.id);
    const stamp = settledBy(ctx, `reader's correction ${correction.id}: ${input.reason}`);
    const { draftEventId, outcome } = await openDraft(ctx, correction, stamp);
    if (!outcome.ok)
      throw new DomainError("CONFLICT", `the draft of ${draftEventId} could not be opened (${outcome.problem}); try again`, "id");
    const settled = await settleCorrection(ctx.db, {
      id: correction.id,
      status: "accepted",
      reason: input.reason,
      by: stamp.editor,
      at: stamp.at,
      draftEventId,
    });
    if (!settled) throw new DomainError("CONFLICT", `correction ${correction.id} was settled by someone else meanwhile`, "id");
    return { id: correction.id, status: "accepted" as const, draftEventId, revision: outcome.revision };
  }),

  reject: curatorProcedure.input(settleSchema).mutation(async ({ ctx, input }) => {
    await openCorrection(ctx, input.id);
    const { editor, at } = settledBy(ctx, input.reason);
    if (!(await settleCorrection(ctx.db, { id: input.id, status: "rejected", reason: input.reason, by: editor, at }))) {
      throw new DomainError("CONFLICT", `correction ${input.id} was settled by someone else meanwhile`, "id");
    }
    return { id: input.id, status: "rejected" as const };
  }),
});
