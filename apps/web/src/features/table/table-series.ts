import { CATEGORIES, type Category, type IsoDate, type Layer, type Stance, type StatusTimeline, foldText } from "@scomm/core";
import type { StanceLayers } from "./stance-layers.js";

/** A layer's stance in a cell: what it is, since when, and who set it. */
export interface StanceCell {
  stance: Stance;
  /** When the layer took this stance (the first event of its current run); null for "none" from the start. */
  since: IsoDate | null;
  actor: string | null;
}

export interface TableRow {
  id: string;
  name: string;
  stateCode: string | null;
  stateName: string | null;
  category: Category;
  activationDate: IsoDate | null;
  /** Null while the stance events load. */
  stateStance: StanceCell | null;
  countyStance: StanceCell | null;
}

export interface RowSource {
  id: string;
  name: string;
  stateCode: string | null;
  stateName: string | null;
  activationDate: IsoDate | null;
}

/** One row per timeline index (core's `indexesOf`), its category from core's `statusesAt`. */
export function tableRows(
  t: StatusTimeline,
  indexes: readonly number[],
  statuses: Uint8Array,
  byId: ReadonlyMap<string, RowSource>,
  layersOf: ((id: string) => StanceLayers) | null,
): TableRow[] {
  return indexes.map((i) => {
    const id = t.ids[i]!;
    const j = byId.get(id);
    const layers = layersOf?.(id) ?? null;
    return {
      id,
      name: j?.name ?? id,
      stateCode: j?.stateCode ?? null,
      stateName: j?.stateName ?? null,
      category: CATEGORIES[statuses[i]!]!,
      activationDate: j?.activationDate ?? null,
      stateStance: layers && stanceCell(layers.state),
      countyStance: layers?.county ? stanceCell(layers.county) : null,
    };
  });
}

function stanceCell(layer: Layer): StanceCell {
  return { stance: layer.stance, since: layer.run[0]?.date ?? null, actor: layer.event?.actor ?? null };
}

export interface RowFilter {
  text: string;
  category: Category | null;
}

/** Accent-, case- and punctuation-blind text (core's search folding), so "dona ana" finds "Doña Ana". */
const fold = foldText;

/** Rows whose name, state or FIPS contains the text, in the chosen category. */
export function filterRows(rows: readonly TableRow[], { text, category }: RowFilter): TableRow[] {
  const needle = fold(text.trim());
  return rows.filter(
    (r) =>
      (!category || r.category === category) &&
      (!needle || fold(`${r.name} ${r.stateName ?? ""} ${r.stateCode ?? ""}`).includes(needle) || r.id.startsWith(needle)),
  );
}
