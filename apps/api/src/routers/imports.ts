import { boundedText } from "@scomm/core";
import { listOpenConflicts, settleConflict, type SettleOutcome } from "@scomm/db";
import { z } from "zod";
import { curatorProcedure, DomainError, router } from "../trpc.js";

const settleSchema = z.object({
  id: boundedText(100),
  take: z.enum(["import", "curator"], { error: 'must be "import" (the dataset\'s version) or "curator" (keep the record as it is)' }),
  reason: z.string().trim().pipe(boundedText(1_000)),
});

/** The revision the event is at after settling, or the error saying why nothing was written. */
function settled(outcome: SettleOutcome, id: string): { id: string; revision: number } {
  if (outcome.ok) return { id, revision: outcome.revision };
  if (outcome.problem === "not-found") throw new DomainError("NOT_FOUND", `no import conflict ${id}`, "id");
  if (outcome.problem === "settled") throw new DomainError("CONFLICT", `import conflict ${id} is already settled`, "id");
  throw new DomainError(
    "CONFLICT",
    `the event changed since this conflict was recorded: it is at revision ${outcome.current}; look at it again`,
    "id",
  );
}

/**
 * What a dataset import could not apply because a curator had changed the event (curators only). `conflicts`
 * lists the open ones with both versions; `settle` takes the import's version (as a revision signed by the
 * curator, and the model rebuilt) or keeps the curator's (the conflict is closed, nothing else changes).
 */
export const importsRouter = router({
  conflicts: curatorProcedure.query(({ ctx }) => listOpenConflicts(ctx.db)),

  settle: curatorProcedure.input(settleSchema).mutation(async ({ ctx, input }) => {
    const settlement = { ...input, editor: ctx.signedIn.email, at: ctx.clock.now() };
    const result = settled(await settleConflict(ctx.db, settlement), input.id);
    return input.take === "import" ? { ...result, modelVersion: await ctx.refreshModel() } : result;
  }),
});
