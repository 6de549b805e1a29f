/**
 * Performance measures the bench reads: `scomm:raster` (drawing the id raster, once per size),
 * `scomm:paint` (colour table + pixels + putImageData) and `scomm:recolour` (from the date control's
 * input event to the painted canvas).
 */
const DATE_CHANGE = "scomm:date-change";
const KEEP = 200;

export function markDateChange(): void {
  performance.clearMarks(DATE_CHANGE);
  performance.mark(DATE_CHANGE);
}

export function measurePaint(start: number): void {
  const end = performance.now();
  trim("scomm:paint");
  performance.measure("scomm:paint", { start, end });
  if (performance.getEntriesByName(DATE_CHANGE, "mark").length > 0) {
    trim("scomm:recolour");
    performance.measure("scomm:recolour", { start: DATE_CHANGE, end });
    performance.clearMarks(DATE_CHANGE);
  }
}

function trim(name: string): void {
  if (performance.getEntriesByName(name, "measure").length >= KEEP) performance.clearMeasures(name);
}

/** The id raster took `ms` to draw (in its worker), ending now. */
export function measureRaster(ms: number): void {
  trim("scomm:raster");
  const end = performance.now();
  performance.measure("scomm:raster", { start: end - ms, end });
}
