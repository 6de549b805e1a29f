import type { StatusTimeline } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Atlas } from "../atlas.js";
import { MapFigure, type MapFigureProps } from "./map-figure.js";

interface LoadedMapProps extends Omit<MapFigureProps, "atlas" | "timeline" | "statuses"> {
  atlas: Atlas | undefined;
  timeline: StatusTimeline | undefined;
  statuses: Uint8Array | undefined;
  error: { message: string } | null;
}

/** The map once its geometry and timeline are in; until then a status line (or why they failed). */
export function LoadedMap({ atlas, timeline, statuses, error, ...figure }: LoadedMapProps) {
  const { m, fill } = useI18n();
  if (atlas && timeline && statuses) return <MapFigure atlas={atlas} timeline={timeline} statuses={statuses} {...figure} />;
  return (
    <div className="county-map county-map--placeholder" role="status">
      {error ? fill(m.map.loadFailed, { message: error.message }) : m.map.loadingMap}
    </div>
  );
}
