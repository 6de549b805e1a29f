import type { TooltipContent } from "../hover-series.js";
import type { MapPointer } from "./county-map.js";
import { Swatch } from "./swatch.js";

/** The hovered jurisdiction's name, state, category and activation date, beside the pointer. */
export function MapTooltip({ content, pointer }: { content: TooltipContent; pointer: MapPointer }) {
  const flip = pointer.x > pointer.width * 0.62;
  return (
    <div
      className={`map-tooltip${flip ? " map-tooltip--left" : ""}`}
      role="tooltip"
      data-testid="map-tooltip"
      style={{ left: pointer.x, top: pointer.y }}
    >
      <p className="map-tooltip__title">{content.title}</p>
      {content.subtitle && <p className="map-tooltip__subtitle">{content.subtitle}</p>}
      <p className="map-tooltip__category">
        <Swatch fill={content.fill} hatch={content.hatch} />
        {content.categoryLabel}
      </p>
      {content.lines.map((line) => (
        <p key={line} className="map-tooltip__line">
          {line}
        </p>
      ))}
    </div>
  );
}
