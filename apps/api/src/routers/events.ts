import { eventTypeSchema, jurisdictionIdSchema } from "@scomm/core";
import { eventById, eventsMatching } from "../exports/model-events.js";
import { againstRecord, dateRangeSchema, isOrderedRange, toBeforeFrom } from "../inputs.js";
import { DomainError, publicProcedure, router } from "../trpc.js";
import { eventEditProcedures } from "./event-edits.js";
import { eventHistoryProcedures } from "./event-history.js";
import { eventPageSchema, pageOf } from "./event-pages.js";

export const eventsRouter = router({
  /**
   * Events with their sources, in date order, a page at a time (`nextCursor` asks for the next); every
   * filter optional, dates inclusive. Answered from the status model.
   */
  list: publicProcedure
    .input(
      dateRangeSchema
        .extend({ jurisdictionId: jurisdictionIdSchema.optional(), type: eventTypeSchema.optional() })
        .extend(eventPageSchema.shape)
        .refine(isOrderedRange, toBeforeFrom)
        .prefault({}),
    )
    .use(againstRecord)
    .query(({ ctx, input: { cursor, limit, ...filter } }) => {
      const after = cursor === undefined ? undefined : eventById(ctx.model, cursor);
      if (cursor !== undefined && !after) throw new DomainError("INVALID_INPUT", `no event has id ${cursor}`, "cursor");
      return pageOf(eventsMatching(ctx.model, filter), after, limit);
    }),
  ...eventEditProcedures,
  ...eventHistoryProcedures,
});
