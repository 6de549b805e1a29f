import type { IsoDate, MapLevel, SeriesWeight } from "@scomm/core";
import type { FigureShape } from "@scomm/render";
import { routePath, type Route } from "../../lib/router.js";
import { viewStateSearch, type ViewState } from "../../lib/view-state.js";
import { EMBED_HEIGHT_MESSAGE } from "../embed/embed-message.js";

/** One downloadable file the dialog lists: its key (for its label), URL and the name it is saved under. */
export interface DataLink {
  key: "events" | "activations" | "status" | "jurisdictions" | "readme" | "zip";
  href: string;
}

/** The server's stable data URLs, status.csv at the view's date. */
export function dataLinks(origin: string, date: IsoDate): DataLink[] {
  return [
    { key: "events", href: `${origin}/data/events.csv` },
    { key: "activations", href: `${origin}/data/activations.csv` },
    { key: "status", href: `${origin}/data/status.csv?date=${date}` },
    { key: "jurisdictions", href: `${origin}/data/jurisdictions.csv` },
    { key: "readme", href: `${origin}/data/README` },
    { key: "zip", href: `${origin}/data/scomm-atlas-data.zip` },
  ];
}

/** Atom feeds: the site's, and the jurisdiction's when the view is one. */
export function feedLinks(origin: string, jurisdictionId: string | null): { site: string; jurisdiction: string | null } {
  return { site: `${origin}/feed.atom`, jurisdiction: jurisdictionId ? `${origin}/j/${jurisdictionId}/feed.atom` : null };
}

/** What every server image of a view takes: its date, state, language and shape. */
interface ImageQueryCommon {
  date: IsoDate;
  /** 2-digit state FIPS, or null for the whole country. */
  state: string | null;
  lang: "en" | "es";
  shape: FigureShape;
}

export interface MapImageQuery extends ImageQueryCommon {
  figure: "map";
  level: MapLevel;
  /** A county page's own map (`focus=<fips>`: its state, titled for it, it outlined), or null. */
  focus: string | null;
  /** A county or state outlined on the view's map, or null. */
  outline: string | null;
}

export interface TrendsImageQuery extends ImageQueryCommon {
  figure: "trends";
  weight: SeriesWeight;
}

/** What the server draws for a view: its map, or its trends chart. */
export type ServerImageQuery = MapImageQuery | TrendsImageQuery;

/**
 * GET /export/map.{svg,png} or /export/trends.{svg,png} for a view: the server draws the same figure the
 * dialog downloads. Defaults (English, the whole country, counting counties, landscape) stay out of the URL;
 * a county's own map needs only its `focus`.
 */
export function serverImageUrl(origin: string, format: "svg" | "png", query: ServerImageQuery, width?: number): string {
  const p = new URLSearchParams({ date: query.date });
  if (query.figure === "map" && query.focus) p.set("focus", query.focus);
  else {
    if (query.figure === "map") p.set("level", query.level);
    if (query.state) p.set("state", query.state);
    if (query.figure === "map" && query.outline) p.set("outline", query.outline);
  }
  if (query.figure === "trends" && query.weight !== "count") p.set("weight", query.weight);
  if (query.shape !== "landscape") p.set("shape", query.shape);
  if (query.lang !== "en") p.set("lang", query.lang);
  if (width) p.set("width", String(width));
  return `${origin}/export/${query.figure}.${format}?${p.toString()}`;
}

/** The absolute URL that reopens a route with a view. */
export function permalink(origin: string, route: Route, view: ViewState): string {
  return `${origin}${routePath(route)}${viewStateSearch(view)}`;
}

export type EmbedView = "map" | "trends";

/** The embed's URL: the same view state, without the site around it. */
export function embedUrl(origin: string, embed: EmbedView, view: ViewState): string {
  return permalink(origin, { page: "embed", view: embed }, view);
}

/** Height the frame starts at, before the embed reports its own. */
export const EMBED_START_HEIGHT: Record<EmbedView, number> = { map: 760, trends: 640 };

/** The compact map embed's height at 640 px wide (map, a one-row date and a one-strip legend), where its frame starts. */
export const COMPACT_EMBED_HEIGHT = 500;

/** Where an embed's frame starts: the compact map's height, or the view's start height. */
export function embedStartHeight(embed: EmbedView, compact: boolean): number {
  return compact && embed === "map" ? COMPACT_EMBED_HEIGHT : EMBED_START_HEIGHT[embed];
}

const escapeAttr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The HTML a newsroom pastes: the iframe, and a small script that sizes every SComm Atlas frame on the
 * page to the height its embed reports (`{ type: "scomm-atlas:height", height }`), from this origin only.
 */
export function embedSnippet(origin: string, src: string, title: string, height: number): string {
  const iframe =
    `<iframe src="${escapeAttr(src)}" width="100%" height="${height}" style="border:0" title="${escapeAttr(title)}" ` +
    `loading="lazy" data-scomm-atlas></iframe>`;
  const script =
    `<script>window.addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `document.querySelectorAll("iframe[data-scomm-atlas]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=e.data.height+"px";});});</script>`;
  return `${iframe}\n${script}`;
}
