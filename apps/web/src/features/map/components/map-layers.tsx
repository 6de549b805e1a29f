import type { GeoPermissibleObjects } from "d3-geo";
import { memo, useMemo } from "react";
import { ComposableMap, Geography, useMapContext } from "react-simple-maps/core";
import { MAP_HEIGHT, MAP_WIDTH, PRE_PROJECTED, type Atlas, type Shape } from "../atlas.js";

function MeshPath({ geometry, className }: { geometry: GeoPermissibleObjects; className: string }) {
  const { path } = useMapContext();
  const d = useMemo(() => path(geometry) ?? undefined, [path, geometry]);
  return <path d={d} className={className} vectorEffect="non-scaling-stroke" />;
}

/**
 * County borders, state borders and the coastline over the painted fills. Drawn once: it never re-renders
 * on a date change, and sits on its own layer so hovering does not repaint it.
 */
export const MapBorders = memo(function MapBorders({ atlas }: { atlas: Atlas }) {
  return (
    <ComposableMap width={MAP_WIDTH} height={MAP_HEIGHT} projection={PRE_PROJECTED} className="map-layer map-borders" aria-hidden="true">
      <MeshPath geometry={atlas.countyBorders} className="map-borders__county" />
      <MeshPath geometry={atlas.stateBorders} className="map-borders__state" />
      <MeshPath geometry={atlas.nation} className="map-borders__nation" />
    </ComposableMap>
  );
});

function HoverOutline({ shape }: { shape: Shape }) {
  const { path } = useMapContext();
  const geography = useMemo(() => ({ ...shape, rsmKey: String(shape.id), svgPath: path(shape) }), [shape, path]);
  return <Geography geography={geography} className="map-hover__outline" tabIndex={-1} vectorEffect="non-scaling-stroke" />;
}

/** The interactive layer: the hovered county's (or state's) outline. */
export function MapHover({ shape }: { shape: Shape | null }) {
  return (
    <ComposableMap width={MAP_WIDTH} height={MAP_HEIGHT} projection={PRE_PROJECTED} className="map-layer map-hover" aria-hidden="true">
      {shape && <HoverOutline shape={shape} />}
    </ComposableMap>
  );
}
