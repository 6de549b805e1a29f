import { CATEGORIES, countCategories, indexesOf, type IsoDate, type StatusTimeline } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { longDate } from "../../timeline/date-label.js";
import type { MapLevel } from "../../timeline/map-query.js";
import type { Atlas } from "../atlas.js";
import { tooltipContent } from "../hover-series.js";
import { paintIndexes } from "../map-series.js";
import { CountyMap, type MapPointer } from "./county-map.js";
import { MapTooltip } from "./map-tooltip.js";

interface MapFigureProps {
  atlas: Atlas;
  timeline: StatusTimeline;
  statuses: Uint8Array;
  level: MapLevel;
  date: IsoDate;
}

/** The map with its hover: which county (or state) is under the pointer, and what to say about it. */
export function MapFigure({ atlas, timeline, statuses, level, date }: MapFigureProps) {
  const trpc = useTRPC();
  const jurisdictions = useQuery(trpc.jurisdictions.list.queryOptions({ level }));
  const byId = useMemo(() => new Map((jurisdictions.data ?? []).map((j) => [j.id, j])), [jurisdictions.data]);
  const indexes = useMemo(() => paintIndexes(atlas.countyIds, timeline.ids, level), [atlas, timeline, level]);
  const [pointer, setPointer] = useState<MapPointer | null>(null);

  const shape = pointer?.shape ?? -1;
  const countyId = shape >= 0 ? atlas.countyIds[shape]! : null;
  const hoveredId = countyId && (level === "county" ? countyId : countyId.slice(0, 2));
  const highlight = hoveredId ? (level === "county" ? atlas.counties[shape]! : (atlas.states.get(hoveredId) ?? null)) : null;

  const content = useMemo(() => {
    if (!hoveredId || indexes[shape]! < 0) return null;
    return tooltipContent({
      id: hoveredId,
      category: CATEGORIES[statuses[indexes[shape]!]!]!,
      jurisdiction: byId.get(hoveredId) ?? null,
      countyCounts: level === "state" ? countCategories(statuses, indexesOf(timeline, "county", hoveredId)) : undefined,
    });
  }, [hoveredId, shape, indexes, statuses, byId, level, timeline]);

  const unit = level === "county" ? "county" : "state";
  return (
    <CountyMap
      atlas={atlas}
      statuses={statuses}
      indexes={indexes}
      level={level}
      paintKey={`${date}/${level}`}
      highlight={highlight}
      label={`Map of the United States, each ${unit} coloured by its Secure Communities status on ${longDate(date)}. The legend lists how many are in each category.`}
      onPointer={setPointer}
    >
      {pointer && content && <MapTooltip content={content} pointer={pointer} />}
    </CountyMap>
  );
}
