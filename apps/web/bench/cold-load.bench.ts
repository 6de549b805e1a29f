/**
 * The map as a reader meets it, measured from outside the app (issue #13): for each load a fresh Chromium
 * with a fresh profile (no HTTP or code cache) at 1280x800, from navigation start to the frame committed
 * after the county canvas is first painted; then one-month slider steps, from the input event to the frame
 * committed after the map shows the new date. The same measures run, alternating, on the web app as
 * `BENCH_BASELINE_REF` (default: the main before this work) built it, served by the same api: printed side by
 * side with their ratios. The app's own marks (`scomm:*`) are printed only as a breakdown.
 * Run: `pnpm --filter @scomm/web bench` (after the recolour bench).
 */
import type { Page } from "playwright-core";
import { startApi, type RunningApi } from "../e2e/support/api-server.js";
import { launchBrowser } from "../e2e/support/browser.js";
import { buildBaseline } from "./baseline-build.js";
import { quantile } from "./map-budgets.js";

const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const STEPS = Number(process.env.BENCH_STEPS ?? 130);
const BASELINE_REF = process.env.BENCH_BASELINE_REF ?? "86d9d4c";
const VIEWPORT = { width: 1280, height: 800 };
const MAP = '[data-testid="county-map"]';

/** Resolves, in the page, to ms since navigation start at the frame after the map's first paint. */
const FIRST_FRAME_PROBE = `
  window.__firstMapFrame = new Promise((resolve) => {
    const painted = () => document.querySelector('${MAP}[data-painted]');
    const observer = new MutationObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-painted"] });
  });`;

/** Bytes over the wire for the page and everything it fetched (headers included), once the network is idle. */
const PAGE_BYTES = () =>
  [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].reduce(
    (sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize,
    0,
  );

async function coldLoad(url: string): Promise<{ frame: number; bytes: number; marks: Record<string, number> }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.addInitScript(FIRST_FRAME_PROBE);
    await page.goto(`${url}/?level=county`);
    const frame = await page.evaluate(() => (window as unknown as { __firstMapFrame: Promise<number> }).__firstMapFrame);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType("measure")
          .filter((m) => m.name.startsWith("scomm:"))
          .map((m) => [m.name, m.duration]),
      ),
    );
    await page.waitForLoadState("networkidle");
    return { frame, bytes: await page.evaluate(PAGE_BYTES), marks };
  } finally {
    await browser.close();
  }
}

/** One slider step to `date`: an input event, then the frame after the map shows that date (ms). */
function stepTo(page: Page, date: string): Promise<number> {
  return page.evaluate(
    async ([target, map]) => {
      const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const event = new Event("input", { bubbles: true });
      setValue.call(input, String(Date.parse(`${target}T00:00:00Z`) / 86_400_000));
      input.dispatchEvent(event);
      const frame = document.querySelector(map)!;
      while (!frame.getAttribute("data-painted")?.startsWith(target)) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - event.timeStamp;
    },
    [date, MAP] as const,
  );
}

function months(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${2008 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
}

async function steps(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(`${url}/?level=county&date=2007-12-01`);
    await page.waitForSelector(`${MAP}[data-painted]`);
    for (const date of months(5)) await stepTo(page, date); // warm-up
    const out: number[] = [];
    for (const date of months(STEPS)) out.push(await stepTo(page, date));
    return out;
  } finally {
    await browser.close();
  }
}

const summary = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });

function printRow(label: string, current: number[], baseline: number[]): void {
  const [c, b] = [summary(current), summary(baseline)];
  const cell = (s: ReturnType<typeof summary>) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}`.padStart(26);
  console.log(`${label.padEnd(34)}${cell(c)}${cell(b)}   ${(b.median / c.median).toFixed(2)}x / ${(b.p95 / c.p95).toFixed(2)}x`);
}

const baseline = buildBaseline(BASELINE_REF);
const servers: RunningApi[] = [];
try {
  const [current, before] = [await startApi(), await startApi({ webDist: baseline.dist })];
  servers.push(current, before);
  const loads = { current: [] as number[], baseline: [] as number[] };
  const bytes = { current: [] as number[], baseline: [] as number[] };
  const breakdown: Record<string, number[]> = {};
  for (let i = 0; i < LOADS; i++) {
    const load = await coldLoad(current.url);
    loads.current.push(load.frame);
    bytes.current.push(load.bytes);
    for (const [name, ms] of Object.entries(load.marks)) {
      breakdown[name] ??= [];
      breakdown[name].push(ms);
    }
    const then = await coldLoad(before.url);
    loads.baseline.push(then.frame);
    bytes.baseline.push(then.bytes);
  }
  const stepTimes = { current: await steps(current.url), baseline: await steps(before.url) };
  console.log(
    `\nmeasured from outside, ${VIEWPORT.width}x${VIEWPORT.height}, fresh Chromium and profile per load; baseline = web app at ${BASELINE_REF}`,
  );
  console.log(
    `${"ms: median / p95 / max".padEnd(34)}${"this build".padStart(26)}${"baseline".padStart(26)}   baseline / this (median / p95)`,
  );
  printRow(`cold load to map frame (${LOADS} loads)`, loads.current, loads.baseline);
  printRow(`slider step to frame (${STEPS} steps)`, stepTimes.current, stepTimes.baseline);
  const kb = (values: number[]) => `${(quantile(values, 0.5) / 1024).toFixed(1)} KB`;
  console.log(`${"home page bytes over the wire".padEnd(34)}${kb(bytes.current).padStart(26)}${kb(bytes.baseline).padStart(26)}`);
  console.log("\nbreakdown (this build, the app's own marks; median ms):");
  for (const [name, values] of Object.entries(breakdown)) console.log(`  ${name.padEnd(30)} ${quantile(values, 0.5).toFixed(1)}`);
  console.log(`targets: cold load median <= 1200 ms, slider step p95 <= 16 ms`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  baseline.remove();
}
