import type { IsoDate, MapLevel } from "@scomm/core";
import type { FigureShape } from "@scomm/render";
import type { ViewState } from "../../lib/view-state.js";
import type { EmbedView, ServerImageQuery } from "./export-links.js";

/** Which figure a page exports: a map (the country, or one state's counties on a jurisdiction page) or the trends chart. */
export type ExportFigure = { kind: "map"; stateFips: string | null; jurisdictionId: string | null } | { kind: "trends" };

/** The map level a figure draws: the view's on the home map, counties on a jurisdiction page. */
export function figureLevel(figure: ExportFigure, view: ViewState): MapLevel {
  return figure.kind === "map" && figure.stateFips ? "county" : view.level;
}

/** The state a figure shows, or null for the whole country (the trends chart follows its state filter). */
export function figureState(figure: ExportFigure, view: ViewState): string | null {
  return figure.kind === "map" ? figure.stateFips : view.state;
}

/**
 * The jurisdiction the figure outlines: the county whose page it comes from, or on the home map the pinned
 * county or state when it is drawn at that level.
 */
export function figureHighlight(figure: ExportFigure, view: ViewState): string | null {
  if (figure.kind !== "map") return null;
  if (figure.jurisdictionId) return figure.jurisdictionId.length === 5 ? figure.jurisdictionId : null;
  const selected = view.selected;
  return selected && (selected.length === 5) === (view.level === "county") ? selected : null;
}

/** The county a figure is about (a county page's export: titled for it), or null. */
export function figureFocus(figure: ExportFigure): string | null {
  return figure.kind === "map" && figure.jurisdictionId?.length === 5 ? figure.jurisdictionId : null;
}

/**
 * The server's image of the same view and shape: a county page's own map (`focus`), the map at its level with
 * its outline, or the chart with its state filter and measure.
 */
export function serverImageQuery(figure: ExportFigure, view: ViewState, shape: FigureShape): ServerImageQuery {
  const state = figureState(figure, view);
  const common = { date: view.date, state, lang: view.lang, shape };
  if (figure.kind === "trends") return { figure: "trends", ...common, weight: view.weight };
  const focus = figureFocus(figure);
  return { figure: "map", ...common, level: figureLevel(figure, view), focus, outline: focus ? null : figureHighlight(figure, view) };
}

/**
 * What the embed of a figure shows, and the view it opens at (a jurisdiction page: its state, it pinned); a
 * map's embed may be compact (`compact=1`).
 */
export function embedOf(
  figure: ExportFigure,
  view: ViewState,
  stateZoom: ViewState["zoom"],
  compact = false,
): { embed: EmbedView; view: ViewState } {
  if (figure.kind === "trends") return { embed: "trends", view: { ...view, compact: false } };
  const shown = { ...view, compact };
  if (!figure.jurisdictionId) return { embed: "map", view: shown };
  return { embed: "map", view: { ...shown, level: "county", selected: figure.jurisdictionId, zoom: stateZoom } };
}

/** The parts of a download's file name: what, where (the county of a county page, or the state), when, and how. */
export function fileNameParts(
  figure: ExportFigure,
  view: ViewState,
  shape: FigureShape,
): { kind: "map" | "trends"; place: string | null; date: IsoDate; detail: string } {
  const detail = figure.kind === "trends" ? view.weight : figureLevel(figure, view);
  return {
    kind: figure.kind,
    place: figureFocus(figure) ?? figureState(figure, view),
    date: view.date,
    detail: shape === "landscape" ? detail : `${detail}-${shape}`,
  };
}
