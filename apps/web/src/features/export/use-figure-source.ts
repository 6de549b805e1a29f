import { monthStarts, todayIso } from "@scomm/core";
import { layoutMapFigure, layoutTrendsFigure, renderMapSvg, renderTrendsSvg, type MapFigureInput, type TrendsFigureInput } from "@scomm/render";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { useFederalEvents } from "../../lib/use-events.js";
import { useStatusTimeline } from "../../lib/use-status-timeline.js";
import { TIMELINE_START, type ViewState } from "../../lib/view-state.js";
import { loadAtlas } from "../map/atlas.js";
import { pepBand, weightsFromPopulation } from "../trends/trends-series.js";
import { loadExportFonts } from "./export-fonts.js";
import { figureHighlight, figureLevel, figureState, type ExportFigure } from "./export-figure.js";
import { mapFigureInput, trendsFigureInput } from "@scomm/render";

/** One rendered figure: the SVG document and its pixel size at 1x. */
export interface RenderedFigure {
  svg: string;
  width: number;
  height: number;
}

export interface FigureSource {
  /** The figure with a title (null: the default one), or null while its data loads. */
  render: ((title: string | null) => RenderedFigure) | null;
  defaultTitle: string | null;
  error: { message: string } | null;
}

/** The width exports are laid out at; 2x PNGs draw the same SVG at twice the pixels. */
export const EXPORT_WIDTH = 960;

/** Everything a page's figure needs (geometry, statuses, names, fonts), and a renderer once it has arrived. */
export function useFigureSource(figure: ExportFigure, view: ViewState): FigureSource {
  const trpc = useTRPC();
  const isMap = figure.kind === "map";
  const byPopulation = !isMap && view.weight === "population";
  const atlas = useQuery({ queryKey: ["atlas"], queryFn: loadAtlas, enabled: isMap, staleTime: Infinity });
  const timeline = useStatusTimeline();
  const fonts = useQuery({ queryKey: ["export-fonts"], queryFn: loadExportFonts, staleTime: Infinity });
  const states = useQuery(trpc.jurisdictions.list.queryOptions({ level: "state" }));
  const everyone = useQuery({ ...trpc.jurisdictions.list.queryOptions({}), enabled: byPopulation });
  const federal = useFederalEvents({ enabled: !isMap });
  const dates = useMemo(() => monthStarts(TIMELINE_START, todayIso()), []);

  const stateFips = figureState(figure, view);
  const stateName = stateFips ? states.data?.find((s) => s.id === stateFips)?.name : undefined;
  const state = stateFips && stateName ? { fips: stateFips, name: stateName } : null;
  const weights = useMemo(
    () => (timeline.data && everyone.data ? weightsFromPopulation(timeline.data.ids, new Map(everyone.data.map((j) => [j.id, j.population2010]))) : null),
    [timeline.data, everyone.data],
  );
  const common = { lang: view.lang, url: window.location.origin, width: EXPORT_WIDTH, fontFaces: fonts.data };
  const ready =
    timeline.data && fonts.data && states.data && (!stateFips || state) && (isMap ? atlas.data : federal.data && (!byPopulation || weights));

  const inputOf = useCallback(
    (title: string | null): FigureInput => {
      if (isMap) {
        const level = figureLevel(figure, view);
        const highlightId = figureHighlight(figure, view);
        return { kind: "map", input: mapFigureInput({ ...common, title, geometry: atlas.data!, timeline: timeline.data!, date: view.date, level, state, highlightId }) };
      }
      const band = pepBand(federal.data!, dates);
      const chartWeights = byPopulation ? weights : null;
      return { kind: "trends", input: trendsFigureInput({ ...common, title, timeline: timeline.data!, dates, date: view.date, weights: chartWeights, state, band }) };
    },
    // `common` and `state` are rebuilt each render from what is listed here.
    [isMap, atlas.data, timeline.data, fonts.data, federal.data, weights, byPopulation, dates, view, figure, stateFips, stateName],
  );
  const isReady = Boolean(ready);
  const defaultTitle = useMemo(() => (isReady ? inputOf(null).input.title : null), [isReady, inputOf]);
  const render = useMemo(() => (isReady ? (title: string | null) => renderFigure(inputOf(title)) : null), [isReady, inputOf]);

  return {
    render,
    defaultTitle,
    error: atlas.error ?? timeline.error ?? fonts.error ?? states.error ?? everyone.error ?? federal.error ?? null,
  };
}

type FigureInput = { kind: "map"; input: MapFigureInput } | { kind: "trends"; input: TrendsFigureInput };

function renderFigure(figure: FigureInput): RenderedFigure {
  const layout = figure.kind === "map" ? layoutMapFigure(figure.input) : layoutTrendsFigure(figure.input);
  const svg = figure.kind === "map" ? renderMapSvg(figure.input) : renderTrendsSvg(figure.input);
  return { svg, width: layout.pixelWidth, height: layout.pixelHeight };
}
