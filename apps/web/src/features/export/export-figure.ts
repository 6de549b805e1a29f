import type { IsoDate } from "@scomm/core";
import type { MapLevel, ViewState } from "../../lib/view-state.js";
import type { EmbedView, ServerImageQuery } from "./export-links.js";

/** Which figure a page exports: a map (the country, or one state's counties on a jurisdiction page) or the trends chart. */
export type ExportFigure =
  | { kind: "map"; stateFips: string | null; jurisdictionId: string | null }
  | { kind: "trends" };

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

/** The server's image of the same view: the map at its level, or the chart with its state filter and measure. */
export function serverImageQuery(figure: ExportFigure, view: ViewState): ServerImageQuery {
  const state = figureState(figure, view);
  if (figure.kind === "trends") return { figure: "trends", date: view.date, state, weight: view.weight, lang: view.lang };
  return { figure: "map", date: view.date, level: figureLevel(figure, view), state, lang: view.lang };
}

/** What the embed of a figure shows, and the view it opens at (a jurisdiction page: its state, it pinned). */
export function embedOf(figure: ExportFigure, view: ViewState, stateZoom: ViewState["zoom"]): { embed: EmbedView; view: ViewState } {
  if (figure.kind === "trends") return { embed: "trends", view };
  if (!figure.jurisdictionId) return { embed: "map", view };
  return { embed: "map", view: { ...view, level: "county", selected: figure.jurisdictionId, zoom: stateZoom } };
}

/** The parts of a download's file name. */
export function fileNameParts(figure: ExportFigure, view: ViewState): { kind: "map" | "trends"; state: string | null; date: IsoDate; detail: string } {
  return {
    kind: figure.kind,
    state: figureState(figure, view),
    date: view.date,
    detail: figure.kind === "trends" ? view.weight : figureLevel(figure, view),
  };
}
