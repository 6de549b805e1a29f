import {
  CATEGORIES,
  isCalendarDate,
  STATE_FIPS,
  STATUS_JURISDICTION_ID,
  TIMELINE_START,
  type Category,
  type IsoDate,
  type Lang,
  type MapLevel,
  type SeriesWeight,
} from "@scomm/core";

/** A zoomed map: scale and the translation in map units (975x610 frame). */
export interface MapZoom {
  k: number;
  x: number;
  y: number;
}

/** The table's columns; which ones a level shows is the table's business. */
export type TableSortKey = "name" | "state" | "category" | "activation" | "stateStance" | "countyStance";
export const TABLE_SORT_KEYS: readonly TableSortKey[] = ["name", "state", "category", "activation", "stateStance", "countyStance"];
export type SortDirection = "ascending" | "descending";

/** The table's order: a column and which way it runs. */
export interface TableSort {
  key: TableSortKey;
  direction: SortDirection;
}

/** The longest text filter a link carries. */
const MAX_QUERY = 100;

/**
 * Everything on screen that a shared link must restore. It lives in the query string; the page (map,
 * trends, what changed, table, a jurisdiction) lives in the path.
 */
export interface ViewState {
  date: IsoDate;
  level: MapLevel;
  lang: Lang;
  /** Jurisdiction pinned in the map's side panel. */
  selected: string | null;
  zoom: MapZoom | null;
  /** The two dates compared by "What changed". */
  from: IsoDate | null;
  to: IsoDate | null;
  /** A state filter (2-digit FIPS) for trends and the table. */
  state: string | null;
  weight: SeriesWeight;
  /** A legend category highlighted on the map. */
  highlight: Category | null;
  /** The table's order; null for its default (by state at the county level, by name at the state level). */
  sort: TableSort | null;
  /** The table's text filter (name, state or FIPS), as typed. */
  q: string;
  /** The table's status filter. */
  filter: Category | null;
  /** The table's page, from 1. */
  page: number;
  /** The map embed's compact layout (map, date and a one-line legend); ignored by the site's pages. */
  compact: boolean;
}

export const DEFAULT_VIEW: Omit<ViewState, "date"> = {
  level: "county",
  lang: "en",
  selected: null,
  zoom: null,
  from: null,
  to: null,
  state: null,
  weight: "count",
  highlight: null,
  sort: null,
  q: "",
  filter: null,
  page: 1,
  compact: false,
};

export function clampDate(date: IsoDate, today: IsoDate): IsoDate {
  return date < TIMELINE_START ? TIMELINE_START : date > today ? today : date;
}

function dateParam(value: string | null, today: IsoDate): IsoDate | null {
  return value && isCalendarDate(value) ? clampDate(value, today) : null;
}

function parseZoom(value: string | null): MapZoom | null {
  const parts = value?.split(",").map(Number);
  if (parts?.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [k, x, y] = parts as [number, number, number];
  return k >= 1 && k <= 64 ? { k, x, y } : null;
}

const category = (value: string | null): Category | null => CATEGORIES.find((c) => c === value) ?? null;

/** `sort=name` runs ascending, `sort=-name` descending. */
function parseSort(value: string | null): TableSort | null {
  const descending = value?.startsWith("-") ?? false;
  const key = TABLE_SORT_KEYS.find((k) => k === (descending ? value!.slice(1) : value));
  return key ? { key, direction: descending ? "descending" : "ascending" } : null;
}

function parsePage(value: string | null): number {
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** Reads a view from a query string; anything missing or malformed falls back to its default. */
export function parseViewState(search: string, today: IsoDate): ViewState {
  const p = new URLSearchParams(search);
  const state = p.get("state");
  const selected = p.get("selected");
  return {
    // A view with no date shows today; the story's dates are one click away (the timeline's milestones).
    date: dateParam(p.get("date"), today) ?? today,
    level: p.get("level") === "state" ? "state" : "county",
    lang: p.get("lang") === "es" ? "es" : "en",
    selected: selected && STATUS_JURISDICTION_ID.test(selected) ? selected : null,
    zoom: parseZoom(p.get("zoom")),
    from: dateParam(p.get("from"), today),
    to: dateParam(p.get("to"), today),
    state: state && STATE_FIPS.test(state) ? state : null,
    weight: p.get("weight") === "population" ? "population" : "count",
    highlight: category(p.get("highlight")),
    sort: parseSort(p.get("sort")),
    q: (p.get("q") ?? "").slice(0, MAX_QUERY),
    filter: category(p.get("filter")),
    page: parsePage(p.get("page")),
    compact: p.get("compact") === "1",
  };
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** The query string for a view: date and level always, the rest only when they differ from the default. */
export function viewStateSearch(view: ViewState): string {
  const p = new URLSearchParams();
  p.set("date", view.date);
  p.set("level", view.level);
  if (view.lang !== "en") p.set("lang", view.lang);
  if (view.selected) p.set("selected", view.selected);
  if (view.zoom) p.set("zoom", [view.zoom.k, view.zoom.x, view.zoom.y].map(round).join(","));
  if (view.from) p.set("from", view.from);
  if (view.to) p.set("to", view.to);
  if (view.state) p.set("state", view.state);
  if (view.weight !== "count") p.set("weight", view.weight);
  if (view.highlight) p.set("highlight", view.highlight);
  if (view.sort) p.set("sort", `${view.sort.direction === "descending" ? "-" : ""}${view.sort.key}`);
  if (view.q) p.set("q", view.q);
  if (view.filter) p.set("filter", view.filter);
  if (view.page > 1) p.set("page", String(view.page));
  if (view.compact) p.set("compact", "1");
  return `?${p.toString()}`;
}
