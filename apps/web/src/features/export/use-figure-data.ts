import { weightsByPopulation } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { useFederalEvents } from "../../lib/use-events.js";
import { useStatusTimeline } from "../../lib/use-status-timeline.js";
import type { ViewState } from "../../lib/view-state.js";
import { atlasQuery } from "../map/atlas.js";
import { loadExportFonts } from "./export-fonts.js";
import { figureHighlight, figureState, type ExportFigure } from "./export-figure.js";

/**
 * What a page's figure is drawn from, each asked only when the figure needs it: the atlas (maps), the statuses,
 * the fonts, the states' names, every jurisdiction's population (trends by population), the federal events
 * (trends) and the outlined jurisdiction's name (a map that highlights one); what is made of them (the state shown,
 * the population weights, the outline), and whether everything the figure needs has arrived (`ready`).
 */
export function useFigureData(figure: ExportFigure, view: ViewState) {
  const trpc = useTRPC();
  const isMap = figure.kind === "map";
  const byPopulation = !isMap && view.weight === "population";
  const atlas = useQuery({ ...atlasQuery, enabled: isMap });
  const timeline = useStatusTimeline();
  const fonts = useQuery({ queryKey: ["export-fonts"], queryFn: loadExportFonts, staleTime: Infinity });
  const states = useQuery(trpc.jurisdictions.list.queryOptions({ level: "state" }));
  const everyone = useQuery({ ...trpc.jurisdictions.list.queryOptions({}), enabled: byPopulation });
  const federal = useFederalEvents({ enabled: !isMap });
  const highlightId = figureHighlight(figure, view);
  const outlined = useQuery({ ...trpc.jurisdictions.byId.queryOptions({ id: highlightId ?? "US" }), enabled: highlightId !== null });
  const stateFips = figureState(figure, view);
  const stateName = stateFips ? states.data?.find((s) => s.id === stateFips)?.name : undefined;
  const state = stateFips && stateName ? { fips: stateFips, name: stateName } : null;
  const weights = useMemo(
    () => (timeline.data && everyone.data ? weightsByPopulation(timeline.data.ids, everyone.data) : null),
    [timeline.data, everyone.data],
  );
  const outline = highlightId && outlined.data ? { id: highlightId, name: outlined.data.jurisdiction.name } : null;
  const ready =
    timeline.data &&
    fonts.data &&
    states.data &&
    (!stateFips || state) &&
    (isMap ? atlas.data && (!highlightId || outline) : federal.data && (!byPopulation || weights));
  const error = atlas.error ?? timeline.error ?? fonts.error ?? states.error ?? everyone.error ?? federal.error ?? outlined.error ?? null;
  return {
    isMap,
    byPopulation,
    atlas,
    timeline,
    fonts,
    federal,
    highlightId,
    outlined,
    stateFips,
    stateName,
    state,
    weights,
    outline,
    ready: Boolean(ready),
    error,
  };
}
