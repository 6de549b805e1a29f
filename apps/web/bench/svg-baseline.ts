/**
 * The map bench's baseline, measured in the same page: the SVG approach the canvas replaced (TOOLCHAIN.md,
 * "SVG drawn once, `fill` set through refs"). One <path> per county from the geometry the app loads
 * (counties-albers-simplified.json, turned into path strings here with topojson-client + d3-geo's
 * `geoPath()`), in a fixed-position SVG laid over the map canvas at its size (out of the layout flow, but
 * rendered). Per change: every path's `fill` set to its county's colour on that date (from the api's
 * /api/timeline.json and the app's category fills), timed until the next frame is painted.
 */
import { readFileSync } from "node:fs";
import { CATEGORIES, fromWire, statusesAt, type TimelineWire } from "@scomm/core";
import { CATEGORY_STYLES } from "@scomm/render";
import { geoPath } from "d3-geo";
import type { Page } from "playwright-core";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const ATLAS = new URL("../src/features/map/counties-albers-simplified.json", import.meta.url);

export interface SvgFixture {
  paths: string[];
  fills: string[];
  /** Category index per county (atlas order) for each date. */
  categories: Record<string, number[]>;
}

export interface SvgSample {
  /** Setting every path's fill (JS only). */
  set: number;
  /** Set -> after the next animation frame (rAF then a task, as the canvas bench's `frame`). */
  frame: number;
  /** Set -> the second requestAnimationFrame (the first frame has been painted). */
  raf2: number;
}

export async function svgFixture(apiUrl: string, dates: readonly string[]): Promise<SvgFixture> {
  const topology = JSON.parse(readFileSync(ATLAS, "utf8")) as Topology<{ counties: GeometryCollection }>;
  const counties = feature(topology, topology.objects.counties).features;
  const path = geoPath();
  const response = await fetch(`${apiUrl}/api/timeline.json`);
  if (!response.ok) throw new Error(`timeline: HTTP ${response.status}`);
  const timeline = fromWire((await response.json()) as TimelineWire);
  const position = new Map(timeline.ids.map((id, i) => [id, i]));
  const indexes = counties.map((c) => position.get(String(c.id)) ?? -1);
  const categories: Record<string, number[]> = {};
  for (const date of new Set(dates)) {
    const statuses = statusesAt(timeline, date);
    categories[date] = indexes.map((t) => (t < 0 ? 0 : statuses[t]!));
  }
  return { paths: counties.map((c) => path(c) ?? ""), fills: CATEGORIES.map((c) => CATEGORY_STYLES[c].fill), categories };
}

/** Lay the SVG over the county canvas, at its CSS size; returns the SVG's size. */
export function mountSvg(page: Page, fixture: SvgFixture): Promise<string> {
  return page.evaluate((f) => {
    const rect = document.querySelector('[data-testid="county-map"] canvas')!.getBoundingClientRect();
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 975 610");
    svg.setAttribute("width", String(rect.width));
    svg.setAttribute("height", String(rect.height));
    svg.setAttribute("fill-rule", "evenodd");
    svg.id = "svg-baseline";
    svg.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;z-index:1000;pointer-events:none;background:#fbfaf7`;
    for (const d of f.paths) {
      const p = document.createElementNS(ns, "path");
      p.setAttribute("d", d);
      p.setAttribute("fill", f.fills[0]!);
      svg.appendChild(p);
    }
    document.body.appendChild(svg);
    (window as unknown as { svgBaseline: typeof f }).svgBaseline = f;
    return `${rect.width}x${rect.height}`;
  }, fixture);
}

export function unmountSvg(page: Page): Promise<void> {
  return page.evaluate(() => document.getElementById("svg-baseline")?.remove());
}

/** Set every county path's fill to its colour on `date`, then wait for the frames. */
export function svgRecolourTo(page: Page, date: string): Promise<SvgSample> {
  return page.evaluate(async (target) => {
    const f = (window as unknown as { svgBaseline: SvgFixture }).svgBaseline;
    const paths = document.getElementById("svg-baseline")!.children;
    const cats = f.categories[target]!;
    const start = performance.now();
    for (let k = 0; k < paths.length; k++) paths[k]!.setAttribute("fill", f.fills[cats[k]!]!);
    const set = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const frame = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(r));
    return { set, frame, raf2: performance.now() - start };
  }, date);
}
