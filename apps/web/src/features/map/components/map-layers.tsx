import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { memo, useMemo, type ReactNode } from "react";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, type Atlas, type Shape } from "../atlas.js";

/** Pre-projected coordinates: the path generator draws them as they are (no projection). */
const PATH = geoPath(null);

function transformOf(zoom: MapZoom): string | undefined {
  return zoom.k === 1 && zoom.x === 0 && zoom.y === 0 ? undefined : `translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`;
}

/** An SVG over the map in map units, its content drawn at `zoom`; strokes keep their width at any zoom. */
function MapSvg({ zoom, className, children }: { zoom: MapZoom; className: string; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className={`map-layer ${className}`} aria-hidden="true" focusable="false">
      <g transform={transformOf(zoom)}>{children}</g>
    </svg>
  );
}

function MeshPath({ geometry, className }: { geometry: GeoPermissibleObjects; className: string }) {
  const d = useMemo(() => PATH(geometry) ?? undefined, [geometry]);
  return <path d={d} className={className} vectorEffect="non-scaling-stroke" />;
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
      {selected && <MeshPath geometry={selected} className="map-hover__selected" />}
      {hovered && hovered !== selected && <MeshPath geometry={hovered} className="map-hover__outline" />}
    </MapSvg>
  );
}
