import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";

export interface Downloaded {
  bytes: Buffer;
  /** The name the browser was told to save it under. */
  name: string;
}

/** Click `button` and keep what the browser downloads (at `saveAs`, else in a temp folder). */
export async function downloadFrom(page: Page, button: Locator, saveAs?: string): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  // Connected to a browser server, the download has no local path: save a copy.
  const path = saveAs ?? join(await mkdtemp(join(tmpdir(), "scomm-download-")), download.suggestedFilename());
  await download.saveAs(path);
  return { bytes: await readFile(path), name: download.suggestedFilename() };
}
