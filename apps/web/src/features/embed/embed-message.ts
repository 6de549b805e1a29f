/** The message an embed posts to the page around it whenever its content changes height. */
export const EMBED_HEIGHT_MESSAGE = "scomm-atlas:height";

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** The embed's content height in CSS pixels, rounded up. */
  height: number;
}

export function heightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(height) };
}
