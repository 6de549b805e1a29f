import { randomBytes } from "node:crypto";
import { boundedText, EVENT_LIMITS, type Event } from "@scomm/core";
import { checkEventRow, countyFipsFromAtlas } from "@scomm/data";
import {
  createDraft,
  currentRevision,
  getDraft,
  getPublishedEvent,
  listDrafts,
  listRecentRevisions,
  listRevisions,
  publishDraft,
  retractEvent,
  saveDraft,
  type EditOutcome,
} from "@scomm/db";
import { z } from "zod";
import type { Context } from "../context.js";
import { curatorProcedure, DomainError } from "../trpc.js";

const reasonSchema = z.string().trim().pipe(boundedText(1_000));
const idSchema = boundedText(EVENT_LIMITS.id);
const baseRevisionSchema = z.number({ error: "must be the revision number the change is based on" }).int().min(0);
/** The event as the events files write it (sc-events.json), without its id: checked by data:check's rules. */
const rowSchema = z.record(z.string(), z.unknown(), { error: "must be an event written as in sc-events.json" });
const changeSchema = z.object({ id: idSchema, baseRevision: baseRevisionSchema, reason: reasonSchema });
/**
 * The Spanish actor and summary, which the events-file row does not carry (sc-events-es.json does): a text sets
 * it, null clears it, leaving it out keeps what the event had. Bounded as core's eventSchema bounds the English.
 */
const spanishSchema = z.object({
  actorEs: z.string().trim().pipe(boundedText(EVENT_LIMITS.actor)).nullable().optional(),
  summaryEs: z.string().trim().pipe(boundedText(EVENT_LIMITS.summary)).nullable().optional(),
});
type SpanishInput = z.output<typeof spanishSchema>;

/** The most revisions `events.recent` answers at once. */
const RECENT_MAX = 200;

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
  throw new DomainError(
    "CONFLICT",
    `event ${id} changed since revision ${base}: it is at revision ${outcome.current}; reload it and apply the change again`,
    "baseRevision",
  );
}

/** An event's Spanish actor and summary: as given (null clears one), else as the previous version had them. */
function spanishOf(input: SpanishInput, previous: Event | undefined): Pick<Event, "actorEs" | "summaryEs"> {
  const actorEs = input.actorEs === undefined ? previous?.actorEs : input.actorEs;
  const summaryEs = input.summaryEs === undefined ? previous?.summaryEs : input.summaryEs;
  return { ...(actorEs ? { actorEs } : {}), ...(summaryEs ? { summaryEs } : {}) };
}

const stampOf = (ctx: Context & { signedIn: { email: string } }, reason: string, baseRevision: number) => ({
  editor: ctx.signedIn.email,
  at: ctx.clock.now(),
  reason,
  baseRevision,
});

/**
 * The curators' writes (signed in or with a token). A new event and any change to a published one are drafts,
 * private to curators, until `publish`; `retract` takes an event off the public record at once. Each write is
 * based on the revision the curator saw (stale: CONFLICT, nothing written), says why, and adds its revision.
 */
export const eventEditProcedures = {
  create: curatorProcedure.input(spanishSchema.extend({ event: rowSchema, reason: reasonSchema })).mutation(async ({ ctx, input }) => {
    const id = `cur-${randomBytes(5).toString("hex")}`;
    const event = { ...checkedEvent(ctx, id, input.event), ...spanishOf(input, undefined) };
    const { editor, at, reason } = stampOf(ctx, input.reason, 0);
    return written(await createDraft(ctx.db, event, { editor, at, reason }), id, 0);
  }),

  /** The Spanish actor and summary (not part of the row), when left out, are kept from the version it replaces. */
  update: curatorProcedure.input(changeSchema.extend({ event: rowSchema }).extend(spanishSchema.shape)).mutation(async ({ ctx, input }) => {
    const previous = (await getDraft(ctx.db, input.id)) ?? (await getPublishedEvent(ctx.db, input.id));
    const event = { ...checkedEvent(ctx, input.id, input.event), ...spanishOf(input, previous) };
    return written(await saveDraft(ctx.db, event, stampOf(ctx, input.reason, input.baseRevision)), input.id, input.baseRevision);
  }),

  /** The draft goes public; the model this instance serves is rebuilt before the answer. */
  publish: curatorProcedure.input(changeSchema).mutation(async ({ ctx, input }) => {
    const result = written(
      await publishDraft(ctx.db, input.id, stampOf(ctx, input.reason, input.baseRevision)),
      input.id,
      input.baseRevision,
    );
    return { ...result, modelVersion: await ctx.refreshModel() };
  }),

  retract: curatorProcedure.input(changeSchema).mutation(async ({ ctx, input }) => {
    const result = written(
      await retractEvent(ctx.db, input.id, stampOf(ctx, input.reason, input.baseRevision)),
      input.id,
      input.baseRevision,
    );
    return { ...result, modelVersion: await ctx.refreshModel() };
  }),

  /** Every draft with its current revision (what `publish` is based on), most recently changed first. */
  drafts: curatorProcedure.query(async ({ ctx }) =>
    Promise.all((await listDrafts(ctx.db)).map(async (draft) => ({ ...draft, revision: await currentRevision(ctx.db, draft.event.id) }))),
  ),

  /** An event's history: who changed it, when, why, before and after. Empty for one nobody changed. */
  revisions: curatorProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => listRevisions(ctx.db, input.id)),

  /** What a curator edits: the event's draft and its published version (either may be null) and its current revision. */
  editable: curatorProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const [draft, published, revision] = await Promise.all([
      getDraft(ctx.db, input.id),
      getPublishedEvent(ctx.db, input.id),
      currentRevision(ctx.db, input.id),
    ]);
    if (!draft && !published && revision === 0) throw new DomainError("NOT_FOUND", `no event ${input.id}`, "id");
    return { draft: draft ?? null, published: published ?? null, revision };
  }),

  /** The latest revisions across every event, newest first (who, when, what, why): the curators' recent changes. */
  recent: curatorProcedure
    .input(z.object({ limit: z.number().int().min(1).max(RECENT_MAX).default(30) }).prefault({}))
    .query(({ ctx, input }) => listRecentRevisions(ctx.db, input.limit)),
};
