import { monthStarts, pepSpan, TIMELINE_START, todayIso } from "@scomm/core";
import {
  layoutMapFigure,
  layoutTrendsFigure,
  renderMapSvg,
  renderTrendsSvg,
  type FigureShape,
  type MapFigureInput,
  type TrendsFigureInput,
} from "@scomm/render";
import { useCallback, useMemo } from "react";
import type { ViewState } from "../../lib/view-state.js";
import { figureFocus, figureLevel, type ExportFigure } from "./export-figure.js";
import { useFigureData } from "./use-figure-data.js";
import { mapFigureInput, trendsFigureInput } from "@scomm/render";

/** One rendered figure: the SVG document and its pixel size at 1x. */
export interface RenderedFigure {
  svg: string;
  width: number;
  height: number;
}

export interface FigureSource {
  /** The figure with a title (null: the default one) in a shape, or null while its data loads. */
  render: ((title: string | null, shape: FigureShape) => RenderedFigure) | null;
  defaultTitle: string | null;
  error: { message: string } | null;
}

/** The width exports are laid out at; 2x PNGs draw the same SVG at twice the pixels. */
export const EXPORT_WIDTH = 960;

/** Everything a page's figure needs (geometry, statuses, names, fonts), and a renderer once it has arrived. */
export function useFigureSource(figure: ExportFigure, view: ViewState): FigureSource {
  const data = useFigureData(figure, view);
  const { isMap, byPopulation, atlas, timeline, fonts, federal, highlightId, outlined } = data;
  const { stateFips, stateName, state, weights, outline } = data;
  const dates = useMemo(() => monthStarts(TIMELINE_START, todayIso()), []);
  const common = { lang: view.lang, url: window.location.origin, width: EXPORT_WIDTH, fontFaces: fonts.data };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `common`, `state` and `outline` are rebuilt each render from what is listed.
  const inputOf = useCallback(
    (title: string | null, shape: FigureShape): FigureInput => {
      const given = { ...common, title, shape, timeline: timeline.data!, date: view.date, state };
      if (isMap) {
        const focus = figureFocus(figure) !== null;
        return {
          kind: "map",
          input: mapFigureInput({ ...given, geometry: atlas.data!, level: figureLevel(figure, view), outline, focus }),
        };
      }
      const band = pepSpan(federal.data!, todayIso());
      return { kind: "trends", input: trendsFigureInput({ ...given, dates, weights: byPopulation ? weights : null, band }) };
    },
    [
      isMap,
      atlas.data,
      timeline.data,
      fonts.data,
      federal.data,
      weights,
      byPopulation,
      dates,
      view,
      figure,
      stateFips,
      stateName,
      highlightId,
      outlined.data,
    ],
  );
  const isReady = data.ready;
  const defaultTitle = useMemo(() => (isReady ? inputOf(null, "landscape").input.title : null), [isReady, inputOf]);
  const render = useMemo(
    () => (isReady ? (title: string | null, shape: FigureShape) => renderFigure(inputOf(title, shape)) : null),
    [isReady, inputOf],
  );

  return { render, defaultTitle, error: data.error };
}

type FigureInput = { kind: "map"; input: MapFigureInput } | { kind: "trends"; input: TrendsFigureInput };

function renderFigure(figure: FigureInput): RenderedFigure {
  const layout = figure.kind === "map" ? layoutMapFigure(figure.input) : layoutTrendsFigure(figure.input);
  const svg = figure.kind === "map" ? renderMapSvg(figure.input) : renderTrendsSvg(figure.input);
  return { svg, width: layout.pixelWidth, height: layout.pixelHeight };
}
