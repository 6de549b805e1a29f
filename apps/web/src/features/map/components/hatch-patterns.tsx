import { hatchId, hatchTiles } from "@scomm/render";

const TILES = hatchTiles();

/**
 * The hatched categories' `<pattern>`s for an in-page chart, drawn from render's one hatch definition (the
 * exported figures' and the map's); fill a shape with render's `categoryPaint(category, idPrefix)`.
 */
export function HatchPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <>
      {TILES.map(({ category, size, fill, stroke, strokeWidth, d }) => (
        <pattern key={category} id={hatchId(category, idPrefix)} patternUnits="userSpaceOnUse" width={size} height={size}>
          <rect width={size} height={size} fill={fill} />
          <path d={d} stroke={stroke} strokeWidth={strokeWidth} strokeLinecap="square" />
        </pattern>
      ))}
    </>
  );
}
