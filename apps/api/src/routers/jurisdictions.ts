import { explainStatus, jurisdictionIdSchema, byDate, isoDateSchema, levelSchema, type StatusModel } from "@scomm/core";
import { getJurisdiction, listEvents, listJurisdictions } from "@scomm/db";
import { z } from "zod";
import { stateFipsSchema } from "../inputs.js";
import { DomainError, publicProcedure, router } from "../trpc.js";

export const jurisdictionsRouter = router({
  /** Every jurisdiction (optionally one level / one state) with what a tooltip shows. */
  list: publicProcedure
    .input(z.object({ level: levelSchema.optional(), stateFips: stateFipsSchema.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const jurisdictions = await listJurisdictions(ctx.db, input);
      return jurisdictions.map(({ id, level, name, stateCode, stateName, population2010 }) => ({
        id,
        level,
        name,
        stateCode,
        stateName,
        population2010,
        activationDate: activationDate(ctx.model, id),
      }));
    }),

  /** One jurisdiction's page: its events (a county's include its state's), status history and explanation. */
  byId: publicProcedure
    .input(z.object({ id: jurisdictionIdSchema, date: isoDateSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const jurisdiction = await getJurisdiction(ctx.db, input.id);
      if (!jurisdiction) throw new DomainError("NOT_FOUND", `jurisdiction ${input.id} does not exist`);
      const date = input.date ?? ctx.clock.today();
      const inherited = jurisdiction.level === "county" && jurisdiction.stateFips ? jurisdiction.stateFips : null;
      const [own, state] = await Promise.all([
        listEvents(ctx.db, { jurisdictionId: jurisdiction.id }),
        inherited ? listEvents(ctx.db, { jurisdictionId: inherited }) : [],
      ]);
      const hasStatus = jurisdiction.level !== "nation";
      return {
        jurisdiction,
        date,
        activationDate: activationDate(ctx.model, jurisdiction.id),
        events: [...own, ...state].sort(byDate),
        history: ctx.model.history.get(jurisdiction.id) ?? [],
        explanation: hasStatus ? explainStatus(ctx.model, jurisdiction.id, date) : null,
      };
    }),
});

/** A county's switch-on date; a state's is its first county's. Null when never activated (or the nation). */
function activationDate(model: StatusModel, id: string): string | null {
  return model.layered.get(id)?.find((input) => input.activates)?.event.date ?? null;
}
