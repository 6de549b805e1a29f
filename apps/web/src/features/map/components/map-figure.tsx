import { partlyActivatedStates, type Category, type IsoDate, type StatusTimeline, type MapLevel } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, type ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { type TrpcOptions, useTRPC } from "../../../lib/trpc.js";
import type { MapZoom } from "../../../lib/view-state.js";

import type { Atlas } from "../atlas.js";
import { categoryWords, paintIndexes } from "../map-series.js";
import { CountyMap, type MapPointer } from "./county-map.js";
import { MapTooltip } from "./map-tooltip.js";
import { jurisdictionOf, shapeOf, useMapHover } from "./use-map-hover.js";

export interface MapFigureProps {
  atlas: Atlas;
  timeline: StatusTimeline;
  statuses: Uint8Array;
  level: MapLevel;
  date: IsoDate;
  zoom: MapZoom | null;
  onZoom: (zoom: MapZoom | null) => void;
  /** The pinned jurisdiction (county or state FIPS). */
  selected: string | null;
  onSelect: (id: string) => void;
  /** The legend's highlighted category: the others fade. */
  highlight: Category | null;
  children?: ReactNode;
}

/** The states (51 rows): names and postal codes for the map's labels and the state map's tooltip. */
export const stateNamesQuery = (trpc: TrpcOptions) => trpc.jurisdictions.list.queryOptions({ level: "state" });

/**
 * The names the tooltip and the map's labels need: the states (51 rows) name the national view and give the
 * postal codes; the counties' list (3,142 rows) waits for a first hover.
 */
function usePlaceNames(level: MapLevel, hovering: boolean) {
  const trpc = useTRPC();
  const states = useQuery(stateNamesQuery(trpc));
  const [hoveredOnce, setHoveredOnce] = useState(false);
  if (hovering && !hoveredOnce) setHoveredOnce(true);
  const counties = useQuery(trpc.jurisdictions.list.queryOptions({ level: "county" }, { enabled: level === "county" && hoveredOnce }));
  const named = level === "state" ? states.data : counties.data;
  const byId = useMemo(() => new Map((named ?? []).map((j) => [j.id, j])), [named]);
  const stateCodes = useMemo(
    () => states.data && new Map(states.data.flatMap((j) => (j.stateCode ? [[j.id, j.stateCode] as const] : []))),
    [states.data],
  );
  return { byId, stateCodes };
}

/** The map with its hover and its clicks: which county (or state) is under the pointer, and what to say about it. */
export function MapFigure({
  atlas,
  timeline,
  statuses,
  level,
  date,
  zoom,
  onZoom,
  selected,
  onSelect,
  highlight,
  children,
}: MapFigureProps) {
  const i18n = useI18n();
  const [pointer, setPointer] = useState<MapPointer | null>(null);
  const { byId, stateCodes } = usePlaceNames(level, pointer !== null);
  const indexes = useMemo(() => paintIndexes(atlas.countyIds, timeline.ids, level), [atlas, timeline, level]);
  const own = useMemo(() => (level === "state" ? paintIndexes(atlas.countyIds, timeline.ids, "county") : null), [atlas, timeline, level]);
  const pale = useMemo(() => own && { own, partly: partlyActivatedStates(timeline, statuses) }, [own, timeline, statuses]);
  const words = useMemo(() => categoryWords(highlight), [highlight]);
  const selectedShape = useMemo(() => shapeOf(atlas, selected), [atlas, selected]);

  const { hovered, content } = useMapHover({ atlas, timeline, statuses, level, indexes, pointer, byId });

  const pick = (picked: MapPointer) => {
    const id = jurisdictionOf(atlas, picked.shape, level);
    if (id) onSelect(id);
  };

  return (
    <CountyMap
      atlas={atlas}
      statuses={statuses}
      indexes={indexes}
      pale={pale}
      stateCodes={stateCodes}
      level={level}
      paintKey={`${date}/${level}`}
      highlight={hovered}
      selected={selectedShape}
      words={words}
      zoom={zoom}
      onZoom={onZoom}
      onPick={pick}
      label={i18n.fill(i18n.m.map.figure[level], { date: i18n.date(date) })}
      onPointer={setPointer}
    >
      {pointer && content && <MapTooltip content={content} pointer={pointer} />}
      {children}
    </CountyMap>
  );
}
