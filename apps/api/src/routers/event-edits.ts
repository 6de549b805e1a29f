import { randomBytes } from "node:crypto";
import { boundedText, EVENT_LIMITS, type Event } from "@scomm/core";
import { checkEventRow, countyFipsFromAtlas } from "@scomm/data";
import { createDraft, currentRevision, getDraft, getPublishedEvent, listDrafts, listRevisions, publishDraft, retractEvent, saveDraft, type EditOutcome } from "@scomm/db";
import { z } from "zod";
import type { Context } from "../context.js";
import { curatorProcedure, DomainError } from "../trpc.js";

const reasonSchema = z.string().trim().pipe(boundedText(1_000));
const idSchema = boundedText(EVENT_LIMITS.id);
const baseRevisionSchema = z.number({ error: "must be the revision number the change is based on" }).int().min(0);
/** The event as the events files write it (sc-events.json), without its id: checked by data:check's rules. */
const rowSchema = z.record(z.string(), z.unknown(), { error: "must be an event written as in sc-events.json" });
const changeSchema = z.object({ id: idSchema, baseRevision: baseRevisionSchema, reason: reasonSchema });

let countyFips: ReadonlySet<string> | undefined;

/** The row as an Event, by the rules of `pnpm data:check`; a 400 naming every field at fault otherwise. */
function checkedEvent(ctx: Context, id: string, row: Record<string, unknown>): Event {
  countyFips ??= countyFipsFromAtlas();
  const checked = checkEventRow({ ...row, id }, { countyFips, today: ctx.clock.today() });
  if ("event" in checked) return checked.event;
  throw DomainError.invalid(checked.problems.map((p) => ({ field: `event.${p.field}`, message: p.reason })));
}

/** The revision written, or the error saying why nothing was. */
function written(outcome: EditOutcome, id: string, base: number): { id: string; revision: number } {
  if (outcome.ok) return { id, revision: outcome.revision };
  if (outcome.problem === "not-found") throw new DomainError("NOT_FOUND", `no event ${id}`, "id");
  if (outcome.problem === "no-draft") throw new DomainError("CONFLICT", `event ${id} has no draft to publish`, "id");
  throw new DomainError("CONFLICT", `event ${id} changed since revision ${base}: it is at revision ${outcome.current}; reload it and apply the change again`, "baseRevision");
}

/** An event's Spanish actor and summary, where it has them. */
function spanishOf(event: Event | undefined): Pick<Event, "actorEs" | "summaryEs"> {
  return { ...(event?.actorEs ? { actorEs: event.actorEs } : {}), ...(event?.summaryEs ? { summaryEs: event.summaryEs } : {}) };
}

const stampOf = (ctx: Context & { signedIn: { email: string } }, reason: string, baseRevision: number) => ({ editor: ctx.signedIn.email, at: ctx.clock.now(), reason, baseRevision });

/**
 * The curators' writes (signed in or with a token). A new event and any change to a published one are drafts,
 * private to curators, until `publish`; `retract` takes an event off the public record at once. Each write is
 * based on the revision the curator saw (stale: CONFLICT, nothing written), says why, and adds its revision.
 */
export const eventEditProcedures = {
  create: curatorProcedure.input(z.object({ event: rowSchema, reason: reasonSchema })).mutation(async ({ ctx, input }) => {
    const id = `cur-${randomBytes(5).toString("hex")}`;
    const event = checkedEvent(ctx, id, input.event);
    const { editor, at, reason } = stampOf(ctx, input.reason, 0);
    return written(await createDraft(ctx.db, event, { editor, at, reason }), id, 0);
  }),

  /** The Spanish actor and summary (not part of the row) are kept from the version it replaces. */
  update: curatorProcedure.input(changeSchema.extend({ event: rowSchema })).mutation(async ({ ctx, input }) => {
    const previous = (await getDraft(ctx.db, input.id)) ?? (await getPublishedEvent(ctx.db, input.id));
    const event = { ...checkedEvent(ctx, input.id, input.event), ...spanishOf(previous) };
    return written(await saveDraft(ctx.db, event, stampOf(ctx, input.reason, input.baseRevision)), input.id, input.baseRevision);
  }),

  /** The draft goes public; the model this instance serves is rebuilt before the answer. */
  publish: curatorProcedure.input(changeSchema).mutation(async ({ ctx, input }) => {
    const result = written(await publishDraft(ctx.db, input.id, stampOf(ctx, input.reason, input.baseRevision)), input.id, input.baseRevision);
    return { ...result, modelVersion: await ctx.refreshModel() };
  }),

  retract: curatorProcedure.input(changeSchema).mutation(async ({ ctx, input }) => {
    const result = written(await retractEvent(ctx.db, input.id, stampOf(ctx, input.reason, input.baseRevision)), input.id, input.baseRevision);
    return { ...result, modelVersion: await ctx.refreshModel() };
  }),

  /** Every draft with its current revision (what `publish` is based on), most recently changed first. */
  drafts: curatorProcedure.query(async ({ ctx }) =>
    Promise.all((await listDrafts(ctx.db)).map(async (draft) => ({ ...draft, revision: await currentRevision(ctx.db, draft.event.id) }))),
  ),

  /** An event's history: who changed it, when, why, before and after. Empty for one nobody changed. */
  revisions: curatorProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => listRevisions(ctx.db, input.id)),
};
