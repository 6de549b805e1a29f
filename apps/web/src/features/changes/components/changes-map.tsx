import { CATEGORIES, type IsoDate, type StatusTimeline } from "@scomm/core";
import { useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Atlas } from "../../map/atlas.js";
import { CATEGORY_STYLES, MUTED_FILL } from "../../map/category-colours.js";
import { CountyMap, type MapPointer } from "../../map/components/county-map.js";
import { MapTooltip } from "../../map/components/map-tooltip.js";
import type { TooltipContent } from "../../map/hover-series.js";
import { paintIndexes } from "../../map/map-series.js";

interface ChangesMapProps {
  atlas: Atlas;
  timeline: StatusTimeline;
  /** Categories on the earlier and later dates (core's `statusesAt`). */
  before: Uint8Array;
  after: Uint8Array;
  /** 1 per timeline entry that did not change: painted grey. */
  unchanged: Uint8Array;
  from: IsoDate;
  to: IsoDate;
  count: number;
  names: ReadonlyMap<string, { name: string; stateName: string | null }>;
}

/** The county map painted with the `to` statuses, every county that did not change greyed out. */
export function ChangesMap({ atlas, timeline, before, after, unchanged, from, to, count, names }: ChangesMapProps) {
  const i18n = useI18n();
  const { m, fill, place } = i18n;
  const indexes = useMemo(() => paintIndexes(atlas.countyIds, timeline.ids, "county"), [atlas, timeline]);
  const [pointer, setPointer] = useState<MapPointer | null>(null);
  const shape = pointer?.shape ?? -1;
  const t = shape >= 0 ? indexes[shape]! : -1;

  const content = useMemo((): TooltipContent | null => {
    if (t < 0) return null;
    const id = timeline.ids[t]!;
    const now = CATEGORIES[after[t]!]!;
    const changed = unchanged[t] === 0;
    const style = changed ? CATEGORY_STYLES[now] : { fill: MUTED_FILL, hatch: null };
    return {
      title: place(names.get(id)?.name ?? id),
      subtitle: names.get(id)?.stateName ? place(names.get(id)!.stateName!) : null,
      category: now,
      categoryLabel: changed ? m.categories[now] : `${m.changes.unchanged}: ${m.categories[now]}`,
      ...style,
      lines: changed ? [fill(m.changes.was, { category: m.categories[CATEGORIES[before[t]!]!] })] : [],
    };
  }, [t, timeline, before, after, unchanged, names, m, fill, place]);

  return (
    <CountyMap
      atlas={atlas}
      statuses={after}
      indexes={indexes}
      level="county"
      paintKey={`${from}/${to}`}
      highlight={shape >= 0 ? atlas.counties[shape]! : null}
      muted={unchanged}
      label={fill(m.changes.mapLabel, { count, from: i18n.date(from), to: i18n.date(to) })}
      onPointer={setPointer}
    >
      {pointer && content && <MapTooltip content={content} pointer={pointer} />}
    </CountyMap>
  );
}
