/**
 * The id raster: every county drawn once in a colour that encodes its index, read back into one index per
 * pixel. Recolouring the map is then a table lookup per pixel (see `colourTable`), no geometry at all.
 *
 * A colour holds 12 bits of index and a 12-bit checksum of it, so the blended colours that anti-aliasing
 * leaves along borders almost never decode as a county; those pixels take their nearest county instead.
 */

const INDEX_BITS = 12;
export const MAX_SHAPES = 1 << INDEX_BITS;
/** Pixel outside every county. */
export const SEA = -2;
/** Land pixel whose colour did not decode (a blended border pixel), until `fillGaps` assigns it. */
export const UNKNOWN = -1;

function checksum(index: number): number {
  return (Math.imul(index + 1, 0x9e3779b1) >>> 20) & (MAX_SHAPES - 1);
}

/** The 24-bit colour a shape is drawn in, as `#rrggbb`. */
export function rasterColour(index: number): string {
  if (index < 0 || index >= MAX_SHAPES) throw new RangeError(`shape index out of range: ${index}`);
  const code = (checksum(index) << INDEX_BITS) | index;
  return `#${code.toString(16).padStart(6, "0")}`;
}

/** The shape index an opaque pixel encodes, or UNKNOWN when its colour is not one `rasterColour` makes. */
export function decodePixel(r: number, g: number, b: number, count: number): number {
  const code = (r << 16) | (g << 8) | b;
  const index = code & (MAX_SHAPES - 1);
  return index < count && code >>> INDEX_BITS === checksum(index) ? index : UNKNOWN;
}

/**
 * One shape index per pixel from the drawn shapes (`rgba`) and a land mask drawn apart (`land`, RGBA too):
 * a pixel is land when the mask covers it at least half, and SEA otherwise.
 */
export function decodeRaster(rgba: Uint8ClampedArray, land: Uint8ClampedArray, count: number): Int32Array {
  const ids = new Int32Array(rgba.length / 4);
  for (let p = 0, q = 0; p < ids.length; p++, q += 4) {
    if (land[q + 3]! < 128) ids[p] = SEA;
    else if (rgba[q + 3]! < 255) ids[p] = UNKNOWN;
    else ids[p] = decodePixel(rgba[q]!, rgba[q + 1]!, rgba[q + 2]!, count);
  }
  return ids;
}

/** Give every UNKNOWN pixel the index of its nearest decoded pixel (breadth-first over 4-neighbours), in place. */
export function fillGaps(ids: Int32Array, width: number, height: number): Int32Array {
  const queue = new Int32Array(ids.length);
  let head = 0;
  let tail = 0;
  for (let p = 0; p < ids.length; p++) if (ids[p]! >= 0) queue[tail++] = p;
  while (head < tail) {
    const p = queue[head++]!;
    const x = p % width;
    const visit = (n: number) => {
      if (ids[n] === UNKNOWN) {
        ids[n] = ids[p]!;
        queue[tail++] = n;
      }
    };
    if (x > 0) visit(p - 1);
    if (x < width - 1) visit(p + 1);
    if (p >= width) visit(p - width);
    if (p < (height - 1) * width) visit(p + width);
  }
  for (let p = 0; p < ids.length; p++) if (ids[p] === UNKNOWN) ids[p] = SEA;
  return ids;
}

/**
 * Lookup keys per pixel: 2*index for a fill pixel, 2*index+1 where the diagonal hatch stripe passes
 * (`period` and `stripe` in device pixels), and 2*count for the sea.
 */
export function rasterKeys(ids: Int32Array, width: number, count: number, period: number, stripe: number): Uint16Array {
  if (2 * count + 1 > 0xffff) throw new RangeError("too many shapes for 16-bit keys");
  const keys = new Uint16Array(ids.length);
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]!;
    if (id < 0) keys[p] = 2 * count;
    else keys[p] = 2 * id + (((p % width) + Math.floor(p / width)) % period < stripe ? 1 : 0);
  }
  return keys;
}

/**
 * The shape under a point (radius 0: a mouse), or the one a fingertip covers most, for a touch: every shape pixel within `radius` of (x, y) votes, the nearer the
 * heavier (weight r - d + 1), so a tap lands on the county most under the finger, not on the one pixel at its
 * centre, which on a phone's national map is often the neighbour's. -1 when the disc holds only sea.
 */
export function shapeUnderFinger(keys: Uint16Array, width: number, count: number, x: number, y: number, radius: number): number {
  const height = keys.length / width;
  const votes = new Map<number, number>();
  const r = Math.max(0, Math.round(radius));
  const [cx, cy] = [Math.floor(x), Math.floor(y)];
  for (let py = Math.max(0, cy - r); py <= Math.min(height - 1, cy + r); py++) {
    for (let px = Math.max(0, cx - r); px <= Math.min(width - 1, cx + r); px++) {
      const d = Math.hypot(px - cx, py - cy);
      const key = keys[py * width + px]!;
      if (d > r || key >= 2 * count) continue;
      votes.set(key >> 1, (votes.get(key >> 1) ?? 0) + r - d + 1);
    }
  }
  let best = -1;
  for (const [shape, weight] of votes) if (best < 0 || weight > votes.get(best)!) best = shape;
  return best;
}

/** Write the colour of every pixel: the whole recolour, one lookup per pixel. */
export function paintPixels(keys: Uint16Array, table: Uint32Array, out: Uint32Array): void {
  for (let p = 0; p < keys.length; p++) out[p] = table[keys[p]!]!;
}

/** How many shapes own at least one pixel. */
export function countVisible(ids: Int32Array, count: number): number {
  const seen = new Uint8Array(count);
  for (let p = 0; p < ids.length; p++) if (ids[p]! >= 0) seen[ids[p]!] = 1;
  return seen.reduce((sum, s) => sum + s, 0);
}

/** A raster baked at build time (build/bake-id-raster.ts). */
export interface Baked {
  width: number;
  height: number;
  /** Atlas index + 1 per pixel, 0 for the sea. */
  ids: Uint16Array;
}

/** One shape index per pixel (SEA outside) at `width` x `height`, each pixel taking the baked pixel under its centre. */
export function sampleBaked({ width: bw, height: bh, ids }: Baked, width: number, height: number): Int32Array {
  const out = new Int32Array(width * height);
  const columns = Int32Array.from({ length: width }, (_, x) => Math.min(bw - 1, Math.floor(((x + 0.5) * bw) / width)));
  for (let y = 0; y < height; y++) {
    const row = Math.min(bh - 1, Math.floor(((y + 0.5) * bh) / height)) * bw;
    for (let x = 0; x < width; x++) {
      const id = ids[row + columns[x]!]!;
      out[y * width + x] = id === 0 ? SEA : id - 1;
    }
  }
  return out;
}
