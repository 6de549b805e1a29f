import { jurisdictionIdSchema } from "@scomm/core";
import { listPublicRevisions } from "@scomm/db";
import { z } from "zod";
import { eventsAround } from "../exports/model-events.js";
import { againstRecord } from "../inputs.js";
import { publicProcedure } from "../trpc.js";

/**
 * The public history of the events on a jurisdiction's page (its own, its state's, the federal ones): for each
 * event a curator published, corrected or retracted, those steps with their dates and reasons, oldest first.
 * Who made them stays private.
 */
export const eventHistoryProcedures = {
  history: publicProcedure
    .input(z.object({ jurisdictionId: jurisdictionIdSchema }))
    .use(againstRecord)
    .query(async ({ ctx, input }) => {
      const ids = eventsAround(ctx.model, input.jurisdictionId).map((e) => e.id);
      const steps = await listPublicRevisions(ctx.db, { eventIds: ids });
      return steps.map(({ eventId, changedAt, action, change, reason }) => ({ eventId, changedAt, action, change, reason }));
    }),
};
