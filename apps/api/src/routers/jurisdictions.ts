import { activationDate, explainStatus, jurisdictionIdSchema, byDate, isoDateSchema, levelSchema } from "@scomm/core";
import { z } from "zod";
import { againstRecord, stateFipsSchema } from "../inputs.js";
import { DomainError, publicProcedure, router } from "../trpc.js";

/** Answered from the status model: the database is the store it was loaded from. */
export const jurisdictionsRouter = router({
  /** Every jurisdiction (optionally one level / one state) with what a tooltip shows. */
  list: publicProcedure
    .input(z.object({ level: levelSchema.optional(), stateFips: stateFipsSchema.optional() }).default({}))
    .use(againstRecord)
    .query(({ ctx: { model }, input: { level, stateFips } }) =>
      model.jurisdictions
        .filter((j) => (!level || j.level === level) && (!stateFips || j.stateFips === stateFips))
        .map(({ id, level, name, stateCode, stateName, population2010 }) => ({
          id,
          level,
          name,
          stateCode,
          stateName,
          population2010,
          activationDate: activationDate(model, id),
        })),
    ),
  /** One jurisdiction's page: its events (a county's include its state's), status history and explanation. */
  byId: publicProcedure
    .input(z.object({ id: jurisdictionIdSchema, date: isoDateSchema.optional() }))
    .use(againstRecord)
    .query(({ ctx: { model, clock }, input }) => {
      const jurisdiction = model.byId.get(input.id);
      if (!jurisdiction) throw new DomainError("NOT_FOUND", `jurisdiction ${input.id} does not exist`);
      const date = input.date ?? clock.today();
      const inherited = jurisdiction.level === "county" && jurisdiction.stateFips ? jurisdiction.stateFips : null;
      const own = model.eventsOf.get(jurisdiction.id) ?? [];
      const state = inherited ? (model.eventsOf.get(inherited) ?? []) : [];
      const hasStatus = jurisdiction.level !== "nation";
      return {
        jurisdiction,
        date,
        activationDate: activationDate(model, jurisdiction.id),
        events: [...own, ...state].sort(byDate),
        history: model.history.get(jurisdiction.id) ?? [],
        explanation: hasStatus ? explainStatus(model, jurisdiction.id, date) : null,
      };
    }),
});
