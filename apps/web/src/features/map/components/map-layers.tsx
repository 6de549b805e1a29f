import { geoPath } from "d3-geo";
import type { MultiLineString, MultiPolygon, Polygon } from "geojson";
import { memo, useMemo, type ReactNode } from "react";
import { ComposableMap, Geography, useMapContext } from "react-simple-maps/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, PRE_PROJECTED, type Atlas, type Shape } from "../atlas.js";
import { COUNTY_LABEL_ZOOM, visibleLabels } from "../map-labels.js";
import { svgPath } from "../svg-path.js";

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

/** A mesh (borders, coastline) drawn once. */
function MeshPath({ geometry, className }: { geometry: MultiLineString | Polygon | MultiPolygon; className: string }) {
  const d = useMemo(() => svgPath(geometry), [geometry]);
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
      <MeshPath geometry={atlas.nation.geometry} className="map-borders__nation" />
    </MapSvg>
  );
});

/** The interactive layer: the pinned jurisdiction's outline (with a halo, and a ring when tiny) and the hovered one's. */
export function MapOutlines({ hovered, selected, zoom }: { hovered: Shape | null; selected: Shape | null; zoom: MapZoom }) {
  const ring = useMemo(() => selected && tinyShapeRing(selected, zoom.k), [selected, zoom.k]);
  return (
    <MapSvg zoom={zoom} className="map-hover">
      {selected && <Outline shape={selected} className="map-hover__halo" />}
      {selected && <Outline shape={selected} className="map-hover__selected" />}
      {ring && <circle cx={ring.x} cy={ring.y} r={ring.r} className="map-hover__ring" vectorEffect="non-scaling-stroke" />}
      {hovered && hovered !== selected && <Outline shape={hovered} className="map-hover__outline" />}
    </MapSvg>
  );
}

/**
 * Place names over the map: states at the national view (postal codes for the small ones), counties once
 * zoomed in. Sizes are divided by the zoom so the type stays the same size on screen.
 */
export const MapLabels = memo(function MapLabels({
  atlas,
  zoom,
  stateCodes,
}: {
  atlas: Atlas;
  zoom: MapZoom;
  stateCodes: ReadonlyMap<string, string>;
}) {
  const { lang } = useI18n();
  const labels = useMemo(() => visibleLabels(atlas, zoom, stateCodes, lang), [atlas, zoom, stateCodes, lang]);
  const county = zoom.k >= COUNTY_LABEL_ZOOM;
  const size = (county ? 10 : 11) / zoom.k;
  return (
    <MapSvg zoom={zoom} className={`map-labels map-labels--${county ? "county" : "state"}`}>
      {labels.map((l) => (
        <text key={l.id} x={l.x} y={l.y} fontSize={size} strokeWidth={2.6 / zoom.k} textAnchor="middle" dominantBaseline="central">
          {l.name}
        </text>
      ))}
    </MapSvg>
  );
});

/** On screen, a selected shape smaller than this (CSS px, roughly) also gets a ring, so it can be found. */
const TINY_SHAPE = 8;

/** A ring around a shape too small to see at zoom `k` (Kings County NY at the national view); null otherwise. */
function tinyShapeRing(shape: Shape, k: number): { x: number; y: number; r: number } | null {
  const [[x0, y0], [x1, y1]] = outlinePath.bounds(shape);
  if (Math.max(x1 - x0, y1 - y0) * k >= TINY_SHAPE) return null;
  const [x, y] = outlinePath.centroid(shape);
  return { x, y, r: 9 / k };
}

const outlinePath = geoPath(PRE_PROJECTED);
