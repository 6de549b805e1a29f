import { CATEGORIES, countCategories, indexesOf, type MapLevel, type StatusTimeline } from "@scomm/core";
import { useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Atlas, Shape } from "../atlas.js";
import { tooltipContent, type HoveredJurisdiction } from "../hover-series.js";
import type { MapPointer } from "./county-map.js";

/** The jurisdiction a county pixel stands for at this level: the county itself, or its state. */
export function jurisdictionOf(atlas: Atlas, shape: number, level: MapLevel): string | null {
  const county = shape >= 0 ? atlas.countyIds[shape] : undefined;
  return county ? (level === "county" ? county : county.slice(0, 2)) : null;
}

/** The outline of a county or state (by FIPS); null for none. */
export function shapeOf(atlas: Atlas, id: string | null): Shape | null {
  if (!id) return null;
  return id.length === 2 ? (atlas.states.get(id) ?? null) : (atlas.counties[atlas.countyIds.indexOf(id)] ?? null);
}

interface MapHoverInput {
  atlas: Atlas;
  timeline: StatusTimeline;
  statuses: Uint8Array;
  level: MapLevel;
  /** Per atlas county, the timeline index that colours it. */
  indexes: Int32Array;
  pointer: MapPointer | null;
  /** The jurisdictions named so far, by id (the tooltip names one once its list has come). */
  byId: ReadonlyMap<string, HoveredJurisdiction>;
}

/** The county (or state) under the pointer: its outline, and what the tooltip says about it on the map's date. */
export function useMapHover({ atlas, timeline, statuses, level, indexes, pointer, byId }: MapHoverInput) {
  const i18n = useI18n();
  const shape = pointer?.shape ?? -1;
  const hoveredId = jurisdictionOf(atlas, shape, level);
  const hovered = useMemo(() => shapeOf(atlas, hoveredId), [atlas, hoveredId]);
  const content = useMemo(() => {
    if (!hoveredId || indexes[shape]! < 0) return null;
    const input = {
      id: hoveredId,
      category: CATEGORIES[statuses[indexes[shape]!]!]!,
      jurisdiction: byId.get(hoveredId) ?? null,
      countyCounts: level === "state" ? countCategories(statuses, indexesOf(timeline, "county", hoveredId)) : undefined,
    };
    return tooltipContent(input, i18n);
  }, [hoveredId, shape, indexes, statuses, byId, level, timeline, i18n]);
  return { hovered, content };
}
