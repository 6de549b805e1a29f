import type { Locator, Page } from "playwright-core";
import { downloadFrom, type Downloaded } from "../support/downloads.js";

export type ImageFormat = "png" | "png2x" | "svg";
export type DataFile = "events" | "activations" | "status" | "jurisdictions" | "readme" | "zip";

/** The export dialog of the map, trends or a jurisdiction page: open it, download from it, read its links. */
export class ExportDialog {
  readonly dialog: Locator;
  readonly openButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog");
    this.openButton = page.getByTestId("export-open");
  }

  /** Open it and wait until the preview (the figure the downloads will be) is drawn. */
  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
    await this.dialog.getByTestId("export-preview").locator("img").waitFor({ timeout: 30_000 });
  }

  /** Choose the image's shape (landscape, square, portrait) and wait for the preview to be drawn at its size. */
  async chooseShape(shape: "landscape" | "square" | "portrait", size: { width: number; height: number }): Promise<void> {
    await this.choose("export-shape", shape);
    await this.dialog.getByTestId("export-preview").locator(`img[width="${size.width}"][height="${size.height}"]`).waitFor();
  }

  /** Choose the full or the compact map embed. */
  chooseEmbedSize(size: "full" | "compact"): Promise<void> {
    return this.choose("export-embed-size", size);
  }

  /** Click the option of a radio row by its value (language-independent). */
  private async choose(group: string, value: string): Promise<void> {
    const option = this.dialog
      .getByTestId(group)
      .locator("label")
      .filter({ has: this.page.locator(`input[value="${value}"]`) });
    await option.click();
    await option.locator("input:checked").waitFor();
  }

  async setTitle(title: string): Promise<void> {
    await this.dialog.getByTestId("export-title").fill(title);
  }

  /** Click a download button; the file's bytes and the name the browser was told to save it under. */
  download(format: ImageFormat, saveAs?: string): Promise<Downloaded> {
    return downloadFrom(this.page, this.dialog.getByTestId(`export-${format}`), saveAs);
  }

  async dataHref(file: DataFile): Promise<string> {
    const href = await this.dialog.getByTestId("export-data-links").locator(`a[data-file="${file}"]`).getAttribute("href");
    if (!href) throw new Error(`no ${file} link in the dialog`);
    return href;
  }

  async serverImageHref(format: ImageFormat): Promise<string> {
    const href = await this.dialog.getByTestId("export-server-images").locator(`a[data-format="${format}"]`).getAttribute("href");
    if (!href) throw new Error(`no server ${format} link in the dialog`);
    return href;
  }

  permalink(): Promise<string> {
    return this.dialog.getByTestId("export-permalink").inputValue();
  }

  embedSnippet(): Promise<string> {
    return this.dialog.getByTestId("export-embed").inputValue();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.dialog.waitFor({ state: "detached" });
  }
}
