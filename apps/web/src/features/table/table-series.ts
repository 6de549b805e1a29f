import { foldText, placeName, type Category, type Lang } from "@scomm/core";
import type { RouterOutputs } from "../../lib/trpc.js";

import type { StateOption } from "./components/state-select.js";

/** One state or county on the table's date, as `status.table` answers it. */
export type TableRow = RouterOutputs["status"]["table"]["rows"][number];
/** A layer's stance in a cell: what it is, since when, and who took it. */
export type StanceCell = TableRow["stateStance"];

/** Who took a layer's stance, in the reader's language where the record has it (and which language that is). */
export function stanceActor(cell: StanceCell, lang: Lang): { text: string; lang: Lang } | null {
  if (lang === "es" && cell.actorEs) return { text: cell.actorEs, lang: "es" };
  return cell.actor ? { text: cell.actor, lang: "en" } : null;
}

export interface RowFilter {
  text: string;
  category: Category | null;
  /** A state's FIPS: only its counties. */
  state: string | null;
}

/** What the text filter searches: the names as recorded and as the reader's language writes them ("Condado de Cook"), and the state code. */
function haystack(r: TableRow, lang: Lang): string {
  const names = [r.name, r.stateName ?? ""];
  const written = lang === "en" ? [] : names.map((name) => placeName(name, lang));
  return foldText([...names, ...written, r.stateCode ?? ""].join(" "));
}

/** Rows whose name, state or FIPS contains the text (accent-, case- and punctuation-blind), in the chosen category and state. */
export function filterRows(rows: readonly TableRow[], { text, category, state }: RowFilter, lang: Lang = "en"): TableRow[] {
  const needle = foldText(text.trim());
  return rows.filter(
    (r) =>
      (!category || r.category === category) &&
      (!state || r.stateFips === state) &&
      (!needle || haystack(r, lang).includes(needle) || r.id.startsWith(needle)),
  );
}

/** The states the counties belong to, by name, for the state filter. */
export function stateOptions(rows: readonly TableRow[]): StateOption[] {
  const byId = new Map<string, string>();
  for (const r of rows) if (r.level === "county" && r.stateFips && r.stateName) byId.set(r.stateFips, r.stateName);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
