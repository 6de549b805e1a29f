/**
 * The map's budgets beyond a single recolour: first paint, frames while playing, and what the home route
 * downloads (JS and geometry, gzip-compressed as a server would send them), each printed beside its target.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { WEB_DIST } from "../e2e/support/api-server.js";

export interface Budget {
  label: string;
  value: number;
  unit: "ms" | "KB";
  /** The most it may be. */
  target: number;
}

export function printBudgets(budgets: readonly Budget[]): void {
  console.log(`\n${"budget".padEnd(52)} ${"measured".padStart(10)} ${"target".padStart(10)}  verdict`);
  for (const b of budgets) {
    const show = (n: number) => `${n.toFixed(1)} ${b.unit}`.padStart(10);
    console.log(
      `${b.label.padEnd(52)} ${show(b.value)} ${`<= ${b.target}`.padStart(7)} ${b.unit.padEnd(2)}  ${b.value <= b.target ? "meets" : "MISSES"}`,
    );
  }
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** Fresh visits (empty cache): ms from navigation start to the first painted county map; and what they fetched. */
export async function firstPaints(browser: Browser, url: string, runs: number): Promise<{ paints: number[]; files: string[] }> {
  const paints: number[] = [];
  let files: string[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 975, height: 610 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator("[data-painted]").waitFor({ timeout: 60_000 });
    const result = await page.evaluate(() => {
      const [paint] = performance.getEntriesByName("scomm:paint", "measure");
      const fetched = performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname);
      return { painted: paint ? paint.startTime + paint.duration : Number.NaN, fetched };
    });
    paints.push(result.painted);
    files = result.fetched.filter((p) => p.startsWith("/assets/"));
    await context.close();
  }
  return { paints, files };
}

/** gzip size of the home route's JavaScript and of the map geometry, from the built files it fetched. */
export function downloadSizes(files: readonly string[]): { js: number; jsFiles: number; geometry: number } {
  const js = files.filter((f) => f.endsWith(".js"));
  const geometry = files.find((f) => f.endsWith(".json") && f.includes("counties"));
  return {
    js: js.reduce((sum, f) => sum + gzipKb(join(WEB_DIST, f)), 0),
    jsFiles: js.length,
    geometry: geometry ? gzipKb(join(WEB_DIST, geometry)) : Number.NaN,
  };
}

/** Intervals (ms) between animation frames while the timeline plays at 1x, and how many dates it showed. */
export async function playingFrames(browser: Browser, url: string, durationMs: number): Promise<{ intervals: number[]; dates: number }> {
  const page = await browser.newPage({ viewport: { width: 975, height: 610 }, deviceScaleFactor: 1 });
  try {
    await page.goto(url);
    await page.locator("[data-painted]").waitFor({ timeout: 60_000 });
    await page.getByTestId("speed").selectOption("1");
    await page.getByTestId("play").click();
    // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
    return await page.evaluate(async (duration) => {
      const times: number[] = [];
      const painted = new Set<string>();
      const map = document.querySelector('[data-testid="county-map"]')!;
      const start = performance.now();
      while (performance.now() - start < duration) {
        times.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
        painted.add(map.getAttribute("data-painted") ?? "");
      }
      (document.querySelector('[data-testid="play"]') as HTMLButtonElement).click();
      return { intervals: times.slice(1).map((t, i) => t - times[i]!), dates: painted.size };
    }, durationMs);
  } finally {
    await page.close();
  }
}
