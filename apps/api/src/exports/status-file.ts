import { CATEGORY_LABELS, explainStatus, type Explanation, type IsoDate, type Jurisdiction, type StatusModel } from "@scomm/core";
import { column, csvOf, type DataFileSpec } from "./data-file.js";

interface StatusRow {
  jurisdiction: Jurisdiction;
  status: Explanation;
}

export const STATUS_FILE: DataFileSpec<StatusRow> = {
  name: "status.csv",
  about:
    "One row per state (and DC) and county: its map category on the date asked for (?date=YYYY-MM-DD, today when absent), " +
    "with the stance of each layer of authority behind it.",
  columns: [
    column("id", "2-digit state or 5-digit county FIPS code.", (r) => r.jurisdiction.id),
    column("level", "state or county.", (r) => r.jurisdiction.level),
    column("name", "Name.", (r) => r.jurisdiction.name),
    column("state_code", "State postal code.", (r) => r.jurisdiction.stateCode),
    column("date", "The date the status is for.", (r) => r.status.date),
    column(
      "category",
      "Map category: not_activated, opt_out_pending, over_objection, mandates, limits or activated.",
      (r) => r.status.category,
    ),
    column("category_label", "The category as the map's legend names it.", (r) => CATEGORY_LABELS[r.status.category]),
    column(
      "activation_date",
      "When the program was switched on there, if it was by this date (a state: its first county).",
      (r) => r.status.activation?.date ?? null,
    ),
    column(
      "era",
      "Program era on the date: pre_program, secure_communities, pep (Priority Enforcement Program) or restored.",
      (r) => r.status.era.era,
    ),
    column("state_stance", "The state layer's stance: none, agrees, limits, mandates or objects.", (r) => r.status.stateLayer.stance),
    column("state_stance_event_id", "The event that set the state layer's stance.", (r) => r.status.stateLayer.event?.id ?? null),
    column(
      "county_stance",
      "The county layer's stance, its cities' acts included (empty for a state).",
      (r) => r.status.countyLayer?.stance ?? null,
    ),
    column("county_stance_event_id", "The event that set the county layer's stance.", (r) => r.status.countyLayer?.event?.id ?? null),
    column(
      "effective_stance",
      "The strongest layer's stance (objects > mandates > limits > agrees > none).",
      (r) => r.status.effectiveStance,
    ),
    column(
      "deciding_layer",
      "state or county: the layer whose stance decides the category (empty when none has one).",
      (r) => r.status.decidingLayer,
    ),
    column("counties_activated", "States: counties activated by the date.", (r) => r.status.deployment?.activated ?? null),
    column("counties_total", "States: number of counties.", (r) => r.status.deployment?.total ?? null),
    column("population_share_activated", "States: share of the 2010 population living in activated counties, 0 to 1.", (r) =>
      r.status.deployment ? Math.round(r.status.deployment.populationShare * 10_000) / 10_000 : null,
    ),
  ],
};

/** Every state and county's status on `date`, states first, each by FIPS (the timeline's order). */
export function statusCsv(model: StatusModel, date: IsoDate): string {
  const rows = model.timeline.ids.map((id) => ({ jurisdiction: model.byId.get(id)!, status: explainStatus(model, id, date) }));
  return csvOf(STATUS_FILE, rows);
}
