import {
  causeEvents,
  changesBetween,
  countsAt,
  isoDateSchema,
  monthStarts,
  seriesOf,
  snapshot,
  statusRowsAt,
  TIMELINE_START,
} from "@scomm/core";
import { z } from "zod";
import { againstRecord, dateRangeSchema, isOrderedRange, toBeforeFrom, stateFipsSchema, statusLevelSchema } from "../inputs.js";
import { publicProcedure, router } from "../trpc.js";

/** One level of jurisdictions on one date. */
const levelOnDate = z.object({ date: isoDateSchema, level: statusLevelSchema });

export const statusRouter = router({
  /** Every state's and county's transitions, compact (core's `toWire`); also at GET /api/timeline.json. */
  timeline: publicProcedure.query(({ ctx }) => ctx.timeline.wire),

  /** Each jurisdiction of one level with its category on `date`, and the legend counts. */
  snapshot: publicProcedure
    .input(levelOnDate)
    .use(againstRecord)
    .query(({ ctx, input: { date, level } }) => ({
      date,
      level,
      statuses: snapshot(ctx.model, date, level),
      counts: countsAt(ctx.model, date, level),
    })),

  /** The table: each jurisdiction of one level on `date` with its category, switch-on date and each layer's stance. */
  table: publicProcedure
    .input(levelOnDate)
    .use(againstRecord)
    .query(({ ctx, input: { date, level } }) => ({ date, level, rows: statusRowsAt(ctx.model, date, level) })),

  /** Each jurisdiction of one level whose category on `to` differs from `from`, and the events (with sources) that moved it. */
  changes: publicProcedure
    .input(z.object({ from: isoDateSchema, to: isoDateSchema, level: statusLevelSchema }).refine(isOrderedRange, toBeforeFrom))
    .use(againstRecord)
    .query(({ ctx, input: { from, to, level } }) => {
      const changes = changesBetween(ctx.model, from, to, level);
      return { from, to, level, changes, events: causeEvents(ctx.model, changes) };
    }),

  /** Counts (or 2010 population) per category on the first of each month, `from`..`to`. */
  series: publicProcedure
    .input(
      dateRangeSchema
        .extend({
          level: statusLevelSchema,
          weight: z.enum(["count", "population"]).default("count"),
          stateFips: stateFipsSchema.optional(),
        })
        .refine(isOrderedRange, toBeforeFrom),
    )
    // The record's range bounds a series to under fifty years of months.
    .use(againstRecord)
    .query(({ ctx, input }) => {
      const from = input.from ?? TIMELINE_START;
      const to = input.to ?? ctx.clock.today();
      return seriesOf(ctx.model, monthStarts(from, to), input.level, input.weight, input.stateFips);
    }),
});
