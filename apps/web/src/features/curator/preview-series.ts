import {
  buildStatusModel,
  byDate,
  categoryAt,
  explainStatus,
  type Category,
  type Event,
  type Explanation,
  type IsoDate,
  type Jurisdiction,
  type StatusModel,
} from "@scomm/core";

/** What the preview replays: one county, the events recorded on it, its state and the nation, and the edit. */
export interface PreviewInput {
  county: Jurisdiction;
  /** The published events bearing on the county (its own, its state's, the federal ones); repeats are dropped. */
  recorded: readonly Event[];
  /** The event as the form now has it. */
  draft: Event;
}

/** One date on which the county's colour changes, with the edit or without it. */
export interface PreviewRow {
  date: IsoDate;
  category: Category;
  /** The county's category on that date on the record as published. */
  was: Category;
  changed: boolean;
}

export interface Preview {
  rows: PreviewRow[];
  changedAny: boolean;
  /** "Why this colour" on `date`, with the edit in place (core's explainStatus). */
  explain: (date: IsoDate) => Explanation;
}

/**
 * The county's status with the edit in place, by core's own rules (buildStatusModel, explainStatus) on a model
 * of just the county and its state: a county's colour reads only its own, its state's and the federal events.
 * The edit replaces the recorded event of the same id, if there is one.
 */
export function previewOf({ county, recorded, draft }: PreviewInput): Preview {
  const unique = [...new Map(recorded.map((e) => [e.id, e])).values()];
  const before = modelOf(county, unique);
  const after = modelOf(county, [...unique.filter((e) => e.id !== draft.id), draft]);
  const dates = new Set([...transitionDates(before, county.id), ...transitionDates(after, county.id)]);
  const rows = [...dates].sort().map((date) => {
    const category = categoryAt(after, county.id, date);
    const was = categoryAt(before, county.id, date);
    return { date, category, was, changed: category !== was };
  });
  return { rows: dropRepeats(rows), changedAny: rows.some((r) => r.changed), explain: (date) => explainStatus(after, county.id, date) };
}

function modelOf(county: Jurisdiction, events: Event[]): StatusModel {
  return buildStatusModel({ jurisdictions: [stateOf(county), county], events: events.sort(byDate) });
}

const transitionDates = (model: StatusModel, id: string) => (model.history.get(id) ?? []).map((t) => t.date);

/** The county's state as the model needs it (its id, level and names): taken from the county's own record. */
function stateOf(county: Jurisdiction): Jurisdiction {
  const fips = county.stateFips ?? county.id.slice(0, 2);
  const name = county.stateName ?? fips;
  return { id: fips, level: "state", name, stateCode: county.stateCode, stateFips: fips, stateName: name, population2010: null };
}

/** A date whose category and former category both equal the row before it tells nothing new. */
function dropRepeats(rows: PreviewRow[]): PreviewRow[] {
  return rows.filter((row, i) => i === 0 || row.category !== rows[i - 1]!.category || row.was !== rows[i - 1]!.was);
}
