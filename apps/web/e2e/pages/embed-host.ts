import type { Frame, Page } from "playwright-core";

declare global {
  interface Window {
    /** Heights the embed posted, in order (collected by the host page). */
    scommHeights?: number[];
  }
}

/**
 * A page of somebody else's site that embeds SComm Atlas: the HTML given (an iframe, perhaps the dialog's
 * snippet), plus a listener that records every height message the frame posts.
 */
export class EmbedHost {
  constructor(readonly page: Page) {}

  async load(html: string): Promise<void> {
    await this.page.setContent(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0}</style></head><body>` +
        `<script>window.scommHeights=[];addEventListener("message",function(e){if(e.data&&e.data.type==="scomm-atlas:height")window.scommHeights.push(e.data.height);});</script>` +
        `${html}</body></html>`,
    );
  }

  /** The embed's frame, once its app has rendered the embed root. */
  async frame(): Promise<Frame> {
    const handle = await this.page.waitForSelector("iframe");
    const frame = await handle.contentFrame();
    if (!frame) throw new Error("the iframe has no frame");
    await frame.waitForSelector('[data-testid="embed"]', { timeout: 30_000 });
    return frame;
  }

  heights(): Promise<number[]> {
    return this.page.evaluate(() => window.scommHeights ?? []);
  }

  /** The iframe element's rendered height, as the snippet's script sets it. */
  frameHeight(): Promise<number> {
    return this.page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
  }
}
