import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

/** Screenshots kept for review, in apps/web/test-results/. */
export const RESULTS = fileURLToPath(new URL("../../test-results/", import.meta.url));

/** The page from the top, `height` CSS pixels tall at most (long lists are cut). */
export async function keepScreenshot(page: Page, name: string, height = 2200): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path: `${RESULTS}${name}`, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(full, height) } });
}
