import { CATEGORIES, categoryIndexAt, dayNumber, type Category, type IsoDate, type StatusTimeline } from "@scomm/core";

/** A jurisdiction's category on a date, read from the status timeline; null when the timeline lacks the id. */
export function categoryOn(timeline: StatusTimeline, id: string, date: IsoDate): Category | null {
  const i = timeline.ids.indexOf(id);
  return i < 0 ? null : CATEGORIES[categoryIndexAt(timeline, i, dayNumber(date))]!;
}
