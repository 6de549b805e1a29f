import type { GeoPermissibleObjects } from "d3-geo";
import { memo, useMemo, type ReactNode } from "react";
import { ComposableMap, Geography, useMapContext } from "react-simple-maps/core";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, PRE_PROJECTED, type Atlas, type Shape } from "../atlas.js";

function transformOf(zoom: MapZoom): string | undefined {
  return zoom.k === 1 && zoom.x === 0 && zoom.y === 0 ? undefined : `translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`;
}

/**
 * A react-simple-maps layer over the map in map units (the pre-projected Albers frame), its content drawn
 * at `zoom`; strokes keep their width at any zoom.
 */
function MapSvg({ zoom, className, children }: { zoom: MapZoom; className: string; children: ReactNode }) {
  return (
    <ComposableMap
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      projection={PRE_PROJECTED}
      className={`map-layer ${className}`}
      aria-hidden="true"
      focusable="false"
    >
      <g transform={transformOf(zoom)}>{children}</g>
    </ComposableMap>
  );
}

/** A mesh (borders, coastline) drawn once through the map's own path generator. */
function MeshPath({ geometry, className }: { geometry: GeoPermissibleObjects; className: string }) {
  const { path } = useMapContext();
  const d = useMemo(() => path(geometry) ?? undefined, [path, geometry]);
  return <path d={d} className={className} vectorEffect="non-scaling-stroke" />;
}

/** One jurisdiction's outline as a react-simple-maps Geography. */
function Outline({ shape, className }: { shape: Shape; className: string }) {
  const { path } = useMapContext();
  const geography = useMemo(() => ({ ...shape, rsmKey: String(shape.id), svgPath: path(shape) }), [shape, path]);
  return <Geography geography={geography} className={className} tabIndex={-1} vectorEffect="non-scaling-stroke" />;
}

/**
 * County borders, state borders and the coastline over the painted fills. Their paths are computed once;
 * a date change never re-renders them, a settled zoom only changes the group's transform.
 */
export const MapBorders = memo(function MapBorders({ atlas, zoom }: { atlas: Atlas; zoom: MapZoom }) {
  return (
    <MapSvg zoom={zoom} className="map-borders">
      <MeshPath geometry={atlas.countyBorders} className="map-borders__county" />
      <MeshPath geometry={atlas.stateBorders} className="map-borders__state" />
      <MeshPath geometry={atlas.nation} className="map-borders__nation" />
    </MapSvg>
  );
});

/** The interactive layer: the pinned jurisdiction's outline and the hovered one's. */
export function MapOutlines({ hovered, selected, zoom }: { hovered: Shape | null; selected: Shape | null; zoom: MapZoom }) {
  return (
    <MapSvg zoom={zoom} className="map-hover">
      {selected && <Outline shape={selected} className="map-hover__selected" />}
      {hovered && hovered !== selected && <Outline shape={hovered} className="map-hover__outline" />}
    </MapSvg>
  );
}
