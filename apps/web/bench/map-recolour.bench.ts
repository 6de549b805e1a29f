/**
 * Time to recolour the county map on a date change, in headless Chromium against the real api and build.
 * Per change: `paint` (colour table + pixels + putImageData, the app's `scomm:paint` measure), `input ->
 * painted` (from the slider's input event, through React, to the painted canvas: `scomm:recolour`) and
 * `frame` (input event to the next animation frame after it). Then the budgets (map-budgets.ts): recolour
 * p95, frames while playing, first paint, home-route JS and geometry, each against its target.
 * Baseline, same run and page (svg-baseline.ts): the SVG map the canvas replaced, its fills set for the same
 * changes, printed beside the canvas as `ratio canvas / svg (p95)` of `frame`.
 * Run: `pnpm --filter @scomm/web bench`.
 */
import type { Browser, Page } from "playwright-core";
import { startApi } from "../e2e/support/api-server.js";
import { launchBrowser } from "../e2e/support/browser.js";
import { downloadSizes, firstPaints, playingFrames, printBudgets, quantile, type Budget } from "./map-budgets.js";
import { mountSvg, svgFixture, svgRecolourTo, unmountSvg, type SvgFixture, type SvgSample } from "./svg-baseline.js";

const RUNS = 60;
const WARMUP = 10;

interface Sample {
  paint: number;
  recolour: number;
  frame: number;
}

/** Move the slider to `date` the way a user's drag does (an input event), wait for paint and the next frame. */
function recolourTo(page: Page, date: string): Promise<Sample> {
  return page.evaluate(async (target) => {
    const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const day = Date.parse(`${target}T00:00:00Z`) / 86_400_000;
    performance.clearMeasures();
    const start = performance.now();
    setValue.call(input, String(day));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const map = document.querySelector('[data-testid="county-map"]')!;
    while (!map.getAttribute("data-painted")?.startsWith(target)) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const frame = performance.now() - start;
    // No helper functions in here: tsx would wrap them in a `__name` call the page does not have.
    const [paint] = performance.getEntriesByName("scomm:paint", "measure").slice(-1);
    const [recolour] = performance.getEntriesByName("scomm:recolour", "measure").slice(-1);
    return { paint: paint?.duration ?? Number.NaN, recolour: recolour?.duration ?? Number.NaN, frame };
  }, date);
}

function monthStarts(from: string, count: number): string[] {
  const [y, m] = from.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + m - 1 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  });
}

function stats(values: number[]): string {
  return `${quantile(values, 0.5).toFixed(2).padStart(7)} / ${quantile(values, 0.95).toFixed(2).padStart(7)}`;
}

function report<T extends object>(label: string, samples: T[], keys: (keyof T)[]): void {
  const columns = keys.map((key) => stats(samples.map((s) => s[key] as number)));
  console.log(`${label.padEnd(34)} ${String(samples.length).padStart(4)}  ${columns.join("  ")}`);
}

function header(columns: string[]): void {
  console.log(`${"change".padEnd(34)} ${"runs".padStart(4)}  ${columns.map((c) => c.padStart(17)).join("  ")}`);
  console.log(`${"".padEnd(34)} ${"".padStart(4)}  ${columns.map(() => "median / p95".padStart(17)).join("  ")}`);
}

const months = monthStarts("2008-02-01", 59); // 2008-02 .. 2012-12, then back
const STEP_DATES = [...months, ...months.slice(0, -1).reverse(), "2008-01-01"].slice(0, Math.max(RUNS, 50));
const JUMP = ["2008-01-01", "2013-01-01"] as const;

/** Time `change` over the warm-up, the month steps and the jumps (the jump's reset is not kept). */
async function changes<T>(change: (date: string) => Promise<T>): Promise<{ steps: T[]; jumps: T[] }> {
  for (const date of months.slice(0, WARMUP)) await change(date);
  await change("2008-01-01");
  const steps: T[] = [];
  for (const date of STEP_DATES) steps.push(await change(date));
  const jumps: T[] = [];
  for (let i = 0; i < RUNS; i++) {
    await change(JUMP[0]);
    jumps.push(await change(JUMP[1]));
  }
  return { steps, jumps };
}

async function benchViewport(
  browser: Browser,
  baseUrl: string,
  width: number,
  height: number,
  svg: SvgFixture,
): Promise<{ steps: Sample[]; jumps: Sample[] }> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.goto(`${baseUrl}/?date=2008-01-01&level=county`);
    await page.locator('[data-painted="2008-01-01/county"]').waitFor({ timeout: 60_000 });
    const load = await page.evaluate(() => {
      const c = document.querySelector("canvas")!;
      const [raster] = performance.getEntriesByName("scomm:raster", "measure");
      return { canvas: `${c.width}x${c.height}`, raster: raster?.duration ?? Number.NaN, painted: performance.now() };
    });
    console.log(`\nviewport ${width}x${height}, DPR 1, county canvas ${load.canvas} px`);
    console.log(
      `first load: id raster drawn in ${load.raster.toFixed(0)} ms; map painted ${load.painted.toFixed(0)} ms after navigation start`,
    );
    header(["paint ms", "input->painted ms", "frame ms"]);
    const { steps, jumps } = await changes((date) => recolourTo(page, date));
    const canvasKeys: (keyof Sample)[] = ["paint", "recolour", "frame"];
    report("one-month steps (2008-2012)", steps, canvasKeys);
    report("jump 2008-01-01 -> 2013-01-01", jumps, canvasKeys);

    const size = await mountSvg(page, svg);
    console.log(`baseline, same page: SVG ${size} px, ${svg.paths.length} <path>s, every fill set per change`);
    header(["set fills ms", "set->frame ms", "set->2 rAF ms"]);
    const baseline = await changes((date) => svgRecolourTo(page, date));
    await unmountSvg(page);
    const svgKeys: (keyof SvgSample)[] = ["set", "frame", "raf2"];
    report("svg one-month steps (2008-2012)", baseline.steps, svgKeys);
    report("svg jump 2008-01-01 -> 2013-01-01", baseline.jumps, svgKeys);
    const p95 = (values: number[]) => quantile(values, 0.95);
    const ratio = (canvas: Sample[], svgSamples: SvgSample[], key: keyof SvgSample) =>
      (p95(canvas.map((s) => s.frame)) / p95(svgSamples.map((s) => s[key]))).toFixed(2);
    console.log(
      `ratio canvas / svg (p95, frame vs frame): one-month steps ${ratio(steps, baseline.steps, "frame")}, jump ${ratio(jumps, baseline.jumps, "frame")}` +
        `  (canvas frame vs svg 2 rAF: ${ratio(steps, baseline.steps, "raf2")}, ${ratio(jumps, baseline.jumps, "raf2")})`,
    );
    return { steps, jumps };
  } finally {
    await page.close();
  }
}

const api = await startApi();
const browser = await launchBrowser();
try {
  const svg = await svgFixture(api.url, [...months, ...STEP_DATES, ...JUMP]);
  const { steps, jumps } = await benchViewport(browser, api.url, 975, 610, svg);
  await benchViewport(browser, api.url, 1280, 1000, svg);
  const home = `${api.url}/?date=2008-01-01&level=county`;
  const { paints, files } = await firstPaints(browser, home, 5);
  const playing = await playingFrames(browser, home, 4000);
  const sizes = downloadSizes(files);
  console.log(`\nfirst paints (ms after navigation start, fresh cache): ${paints.map((p) => p.toFixed(0)).join(", ")}`);
  console.log(`playing at 1x for 4 s: ${playing.intervals.length} frames, ${playing.dates} dates painted`);
  console.log(`home route fetched ${sizes.jsFiles} JS files: ${files.filter((f) => f.endsWith(".js")).join(", ")}`);
  const p95 = (samples: Sample[]) =>
    quantile(
      samples.map((s) => s.recolour),
      0.95,
    );
  const budgets: Budget[] = [
    { label: "county recolour p95, one-month step (input->painted)", value: p95(steps), unit: "ms", target: 16 },
    { label: "county recolour p95, jump 2008-01 -> 2013-01", value: p95(jumps), unit: "ms", target: 16 },
    { label: "frame interval while playing, median", value: quantile(playing.intervals, 0.5), unit: "ms", target: 17 },
    { label: "first county map paint, localhost (median of 5)", value: quantile(paints, 0.5), unit: "ms", target: 1200 },
    { label: "home-route JS, gzip", value: sizes.js, unit: "KB", target: 250 },
    { label: "county geometry, gzip", value: sizes.geometry, unit: "KB", target: 200 },
  ];
  printBudgets(budgets);
} finally {
  await browser.close();
  await api.stop();
}
