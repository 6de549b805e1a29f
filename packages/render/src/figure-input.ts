import { formatDate } from "./format.js";
import {
  CATEGORIES,
  categorySeries,
  countCategories,
  indexesOf,
  isPendingInPartlyActivatedState,
  partlyActivatedStates,
  statusesAt,
  type Category,
  type IsoDate,
  type StatusTimeline,
  type Lang,
  type MapLevel,
} from "@scomm/core";
import type { EmbeddedFontFace } from "./defs.js";
import { countyFigureText, figureText, outlineLabel, partlyActivatedNote, SITE_NAME, type FigureText } from "./figure-text.js";
import type { MapGeometry } from "./geometry.js";

import type { MapFigureInput } from "./map-svg.js";
import type { FigureShape } from "./shapes.js";
import { PEP_LABEL, trendsFigureText } from "./trends-text.js";
import type { TrendsFigureInput } from "./trends-svg.js";

/** What every exported figure shares: language, the reader's title (null: the default), credit URL, size, fonts. */
export interface FigureCommon {
  lang: Lang;
  title: string | null;
  /** Landscape (the default), square or portrait. */
  shape?: FigureShape;
  /** The site's URL printed in the credit (window.location.origin). */
  url: string;
  width: number;
  fontFaces?: readonly EmbeddedFontFace[];
}

export interface MapExport extends FigureCommon {
  geometry: MapGeometry;
  timeline: StatusTimeline;
  date: IsoDate;
  level: MapLevel;
  /** One state (2-digit FIPS) and its name, or the whole country. */
  state: { fips: string; name: string } | null;
  /** A county or state outlined on the map and named in the legend ("Outline: Cook County"), or null. */
  outline?: { id: string; name: string } | null;
  /**
   * The figure is the outlined county's own (its page's export): titled for the county and its state, its
   * status under the title (`countyFigureText`). Needs `state` and a county `outline`.
   */
  focus?: boolean;
}

/**
 * The map figure of a view: categories from core's `statusesAt`, legend counts from `countCategories` (what
 * the page's legend shows), words from `figureText`, as the server's /export/map does.
 */
export function mapFigureInput(x: MapExport): MapFigureInput {
  const statuses = statusesAt(x.timeline, x.date);
  const indexes = indexesOf(x.timeline, x.level, x.state?.fips);
  const categories = new Map<string, Category>(indexes.map((i) => [x.timeline.ids[i]!, CATEGORIES[statuses[i]!]!]));
  // Only what the map draws is outlined, and named in the legend.
  const outline = x.outline && categories.has(x.outline.id) ? x.outline : null;
  const text = mapText(x, categories);
  const paleIds = x.level === "state" ? pendingCountiesOfPartlyActivatedStates(x.timeline, statuses) : new Set<string>();
  const partly = new Set([...paleIds].map((id) => id.slice(0, 2)));
  return {
    geometry: x.geometry,
    paleIds,
    legendNote: partlyActivatedNote(x.lang, [...partly].filter((id) => !x.state || id === x.state.fips).length),
    level: x.level,
    categories,
    stateFips: x.state?.fips ?? null,
    ...text,
    title: x.title ?? text.title,
    counts: countCategories(statuses, indexes),
    credit: SITE_NAME,
    url: x.url,
    width: x.width,
    shape: x.shape,
    fontFaces: x.fontFaces,
    highlightId: outline?.id ?? null,
    outlineLabel: outline ? outlineLabel(x.lang, outline.name) : null,
  };
}

/** The map's words: the view's (`figureText`), or the focused county's own (`countyFigureText`). */
function mapText(x: MapExport, categories: ReadonlyMap<string, Category>): FigureText {
  const county = x.focus && x.state && x.outline ? categories.get(x.outline.id) : undefined;
  if (!county) return figureText(x.lang, x.level, x.date, x.state?.name ?? null);
  return countyFigureText(x.lang, x.date, { name: x.outline!.name, stateName: x.state!.name }, county);
}

export interface TrendsExport extends FigureCommon {
  timeline: StatusTimeline;
  /** Sample dates (first of each month), ascending. */
  dates: readonly IsoDate[];
  /** The marked date: the legend's values are on it. */
  date: IsoDate;
  /** Population per timeline index for a population-share chart; null counts counties. */
  weights: ArrayLike<number> | null;
  state: { fips: string; name: string } | null;
  /** The PEP era, from the federal events (core's `pepSpan`); `to` null while it runs. */
  band: { from: IsoDate; to: IsoDate | null } | null;
}

/** The trends chart of a view: the counties' series from core's `categorySeries`, values on the date from `countCategories`. */
export function trendsFigureInput(x: TrendsExport): TrendsFigureInput {
  const indexes = indexesOf(x.timeline, "county", x.state?.fips);
  const weights = x.weights ?? undefined;
  const unit = x.weights ? "share" : "count";
  const last = x.dates.at(-1) ?? x.date;
  const text = trendsFigureText(x.lang, unit, { from: x.dates[0] ?? x.date, to: last }, x.date, x.state?.name ?? null);
  return {
    series: categorySeries(x.timeline, { indexes, dates: x.dates, weights }),
    unit,
    date: x.date,
    dateMark: formatDate(x.date, x.lang),
    counts: countCategories(statusesAt(x.timeline, x.date), indexes, weights),
    band: x.band ? { from: x.band.from, to: x.band.to ?? last, label: PEP_LABEL[x.lang] } : null,
    ...text,
    title: x.title ?? text.title,
    credit: SITE_NAME,
    url: x.url,
    width: x.width,
    shape: x.shape,
    fontFaces: x.fontFaces,
  };
}

/** County FIPS that a partly activated state has not switched on yet: the state map draws them pale. */
function pendingCountiesOfPartlyActivatedStates(timeline: StatusTimeline, statuses: Uint8Array): Set<string> {
  const partly = partlyActivatedStates(timeline, statuses);
  const out = new Set<string>();
  timeline.ids.forEach((id, i) => {
    if (isPendingInPartlyActivatedState(timeline, statuses, partly, i)) out.add(id);
  });
  return out;
}
