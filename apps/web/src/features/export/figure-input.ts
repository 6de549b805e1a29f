import type { IsoDate } from "@scomm/core";

/** The name a download is saved under: what, where, when, and the scale ("scomm-atlas-map-36-2012-06-01-county@2x.png"). */
export function exportFileName(
  parts: { kind: "map" | "trends" | "table"; place: string | null; date: IsoDate; detail: string; scale?: number },
  ext: "png" | "svg" | "csv",
): string {
  const name = ["scomm-atlas", parts.kind, parts.place, parts.date, parts.detail].filter(Boolean).join("-");
  return `${name}${parts.scale && parts.scale > 1 ? `@${parts.scale}x` : ""}.${ext}`;
}
