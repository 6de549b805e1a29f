import { isCalendarDate, type IsoDate } from "@scomm/core";

/** The map's slider runs from the program's eve to today. */
export const TIMELINE_START: IsoDate = "2008-01-01";
/** Mid-2011: New York has suspended, Illinois has terminated, most of the country is switched on. */
export const DEFAULT_DATE: IsoDate = "2011-07-01";

export type MapLevel = "state" | "county";

/** What the URL holds: `?date=2011-07-01&level=county`, so a reload or a shared link restores the view. */
export interface MapQuery {
  date: IsoDate;
  level: MapLevel;
}

export function clampDate(date: IsoDate, today: IsoDate): IsoDate {
  return date < TIMELINE_START ? TIMELINE_START : date > today ? today : date;
}

export function parseMapQuery(search: string, today: IsoDate): MapQuery {
  const params = new URLSearchParams(search);
  const date = params.get("date");
  const level = params.get("level");
  return {
    date: date && isCalendarDate(date) ? clampDate(date, today) : clampDate(DEFAULT_DATE, today),
    level: level === "state" ? "state" : "county",
  };
}

/** The query string for a view, keeping any other parameters already in `search`. */
export function mapQueryString(query: MapQuery, search = ""): string {
  const params = new URLSearchParams(search);
  params.set("date", query.date);
  params.set("level", query.level);
  return `?${params.toString()}`;
}
