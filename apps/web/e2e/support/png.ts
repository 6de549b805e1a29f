import type { Page } from "playwright-core";

const SIGNATURE = "89504e470d0a1a0a";

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString("hex") !== SIGNATURE || bytes.subarray(12, 16).toString("ascii") !== "IHDR")
    throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface PngPixels {
  width: number;
  height: number;
  /** Distinct colours among every pixel. */
  colours: number;
  /** How many pixels have each of the asked colours (`#rrggbb`, exact). */
  counts: Record<string, number>;
}

/** Decode a PNG in the browser (a canvas) and count its colours: a blank or failed export has one or two. */
export function pngPixels(page: Page, bytes: Buffer, colours: readonly string[] = []): Promise<PngPixels> {
  return page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      const counts: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      for (let i = 0; i < data.length; i += 4) {
        const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        seen.add(rgb);
        const hex = `#${rgb.toString(16).padStart(6, "0")}`;
        if (hex in counts) counts[hex]! += 1;
      }
      return { width: canvas.width, height: canvas.height, colours: seen.size, counts };
    },
    { base64: bytes.toString("base64"), colours: [...colours] },
  );
}

/** The text of every `<text>` element of an SVG document, tags inside (tspans) dropped, entities decoded. */
export function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, "")));
}
