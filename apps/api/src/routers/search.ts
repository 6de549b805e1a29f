import { searchEntriesOf, type SearchEntry, type StatusModel } from "@scomm/core";
import { allEvents } from "../exports/model-events.js";
import { publicProcedure, router } from "../trpc.js";

export const searchRouter = router({
  /**
   * The cities the events name, each pointing at its county (New York City once per borough). With
   * `jurisdictions.list` they make the browser's search index.
   */
  cities: publicProcedure.query(({ ctx }) => cityEntries(ctx.model)),
});

const cities = new WeakMap<StatusModel, SearchEntry[]>();

function cityEntries(model: StatusModel): SearchEntry[] {
  let entries = cities.get(model);
  if (!entries) {
    const named = allEvents(model).filter((e) => e.placeLevel === "city");
    entries = searchEntriesOf({ jurisdictions: [...model.jurisdictions], events: named }).filter((e) => e.kind === "city");
    cities.set(model, entries);
  }
  return entries;
}
