import { eventTypeSchema, jurisdictionIdSchema } from "@scomm/core";
import { listEvents } from "@scomm/db";
import { dateRangeSchema, isOrderedRange, toBeforeFrom } from "../inputs.js";
import { publicProcedure, router } from "../trpc.js";

export const eventsRouter = router({
  /** Events with their sources, in date order; every filter optional, dates inclusive. */
  list: publicProcedure
    .input(
      dateRangeSchema
        .extend({ jurisdictionId: jurisdictionIdSchema.optional(), type: eventTypeSchema.optional() })
        .refine(isOrderedRange, toBeforeFrom)
        .default({}),
    )
    .query(({ ctx, input }) => listEvents(ctx.db, input)),
});
