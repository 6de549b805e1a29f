import { CATEGORIES, type Category } from "./categories.js";
import type { IsoDate } from "./dates.js";
import type { StatusModel } from "./model.js";
import type { Jurisdiction, Level } from "./schemas.js";
import { categoryInTimeline, countCategories, indexesOf, statusesAt } from "./timeline.js";
import { categorySeries, type CategorySeries } from "./series.js";

export interface JurisdictionStatus {
  id: string;
  category: Category;
}

/** The category of one state or county on `date`. */
export function categoryAt(model: StatusModel, id: string, date: IsoDate): Category {
  const category = categoryInTimeline(model.timeline, id, date, model.timelineIndex);
  if (!category) throw new RangeError(`no status for jurisdiction ${id}`);
  return category;
}

/** Every jurisdiction of one level with its category on `date`. */
export function snapshot(model: StatusModel, date: IsoDate, level: "state" | "county"): JurisdictionStatus[] {
  const statuses = statusesAt(model.timeline, date);
  return indexesOf(model.timeline, level).map((i) => ({
    id: model.timeline.ids[i]!,
    category: CATEGORIES[statuses[i]!]!,
  }));
}

export type SeriesWeight = "count" | "population";

/** 2010 population per timeline index, for population-weighted counts. */
export function populationWeights(model: StatusModel): Float64Array {
  return weightsByPopulation(model.timeline.ids, model.byId.values());
}

/** The weight of each of `ids` (timeline order): its 2010 population among `jurisdictions`, 0 when unknown. */
export function weightsByPopulation(
  ids: readonly string[],
  jurisdictions: Iterable<Pick<Jurisdiction, "id" | "population2010">>,
): Float64Array {
  const population = new Map<string, number | null>();
  for (const j of jurisdictions) population.set(j.id, j.population2010);
  return Float64Array.from(ids, (id) => population.get(id) ?? 0);
}

/** Counts per category on `date` for one level (optionally one state's counties), by number or 2010 population. */
export function countsAt(
  model: StatusModel,
  date: IsoDate,
  level: Level,
  weight: SeriesWeight = "count",
  stateFips?: string,
): Record<Category, number> {
  const statuses = statusesAt(model.timeline, date);
  const weights = weight === "population" ? populationWeights(model) : undefined;
  return countCategories(statuses, indexesOf(model.timeline, level, stateFips), weights);
}

/** Counts per category at each sample date. */
export function seriesOf(
  model: StatusModel,
  dates: readonly IsoDate[],
  level: Level,
  weight: SeriesWeight = "count",
  stateFips?: string,
): CategorySeries {
  return categorySeries(model.timeline, {
    indexes: indexesOf(model.timeline, level, stateFips),
    dates,
    weights: weight === "population" ? populationWeights(model) : undefined,
  });
}
