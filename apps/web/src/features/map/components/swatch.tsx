import { HATCH_PERIOD, HATCH_WIDTH } from "../category-colours.js";
import "../map.css";

/** A category's colour as a small square, hatched the way the map hatches it. */
export function Swatch({ fill, hatch }: { fill: string; hatch: string | null }) {
  const stripes = hatch
    ? `repeating-linear-gradient(-45deg, ${hatch} 0 ${HATCH_WIDTH / Math.SQRT2}px, ${fill} ${HATCH_WIDTH / Math.SQRT2}px ${HATCH_PERIOD / Math.SQRT2}px)`
    : undefined;
  return <span className="swatch" aria-hidden="true" style={{ background: stripes ?? fill }} />;
}
