import type { Page } from "playwright-core";

/** "Today" for pages on the fake clock: the slider's last day (noon UTC, so one calendar day in the Americas). */
export const FAKE_NOW = Date.parse("2026-11-01T12:00:00Z");
/** Longer than any test may run, so holding the clock here is always a step forward from where loading left it. */
const LOAD_ALLOWANCE_MS = 10 * 60_000;

/**
 * Fake the page's Date, timers, requestAnimationFrame and performance.now (Playwright's clock). Call before
 * navigating; time then flows on its own, so the page loads as usual, until `holdClock`.
 */
export function installClock(page: Page): Promise<void> {
  return page.clock.install({ time: FAKE_NOW });
}

/** Stop the page's time: from here it moves only by `page.clock.runFor(ms)`, frame by frame (16 ms each). */
export function holdClock(page: Page): Promise<void> {
  return page.clock.pauseAt(FAKE_NOW + LOAD_ALLOWANCE_MS);
}
